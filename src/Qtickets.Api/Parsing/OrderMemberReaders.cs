using System.Globalization;
using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The nested members of an order for the fast reader, with the rules of <see cref="OrderParser"/>: an object member
/// that is not an object (<c>null</c>, PHP <c>[]</c>, a scalar) reads as null or empty; a list member that is not an
/// array reads as empty, except a PHP associative array, which is left to the document reader.
/// </summary>
internal static class OrderMemberReaders
{
    public static OrderClient? Client(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        long? id = null;
        string? email = null;
        ClientDetails? details = null;
        var own = new DetailValues();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = OrderFields.Of(ref reader);
            reader.Read();
            switch (field)
            {
                case OrderField.Id: id = TolerantValue.Int64(ref reader); break;
                case OrderField.Email: email = TolerantValue.Text(ref reader); break;
                case OrderField.Details: details = Details(ref reader); break;
                default: own.Set(field, ref reader); break;
            }
        }

        // Without a details object the client's own name members are its details (OrderParser.DetailsOf).
        return new OrderClient(id, email, details ?? own.ToDetails());
    }

    public static OrderSite? Site(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        long? id = null;
        string? host = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = OrderFields.Of(ref reader);
            reader.Read();
            switch (field)
            {
                case OrderField.Id: id = TolerantValue.Int64(ref reader); break;
                case OrderField.Host: host = TolerantValue.Text(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new OrderSite(id, host);
    }

    public static Utm Utm(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return Models.Utm.Empty;
        }

        var tags = new string?[10];
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var slot = OrderFields.Of(ref reader) switch
            {
                OrderField.UtmSource => 0,
                OrderField.UtmMedium => 1,
                OrderField.UtmCampaign => 2,
                OrderField.UtmContent => 3,
                OrderField.UtmTerm => 4,
                OrderField.Source => 5,
                OrderField.Medium => 6,
                OrderField.Campaign => 7,
                OrderField.Content => 8,
                OrderField.Term => 9,
                _ => -1,
            };
            reader.Read();
            if (slot < 0)
            {
                reader.Skip();
                continue;
            }

            tags[slot] = TolerantValue.Text(ref reader);
        }

        return new Utm(tags[0] ?? tags[5], tags[1] ?? tags[6], tags[2] ?? tags[7], tags[3] ?? tags[8], tags[4] ?? tags[9]);
    }

    public static IReadOnlyList<Refund> Refunds(ref Utf8JsonReader reader)
    {
        if (!IsArray(ref reader))
        {
            return [];
        }

        var refunds = new List<Refund>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            refunds.Add(Refund(ref reader));
        }

        return refunds;
    }

    /// <summary>The baskets, or the reason the order is unreadable: the first basket without a readable id.</summary>
    public static (IReadOnlyList<Basket> Baskets, string? Error) Baskets(ref Utf8JsonReader reader)
    {
        if (!IsArray(ref reader))
        {
            return ([], null);
        }

        var baskets = new List<Basket>(4);
        string? error = null;
        for (var index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
        {
            var basket = reader.TokenType == JsonTokenType.StartObject ? BasketReader.Read(ref reader) : SkipValue(ref reader);
            if (basket is not null)
            {
                baskets.Add(basket);
            }
            else
            {
                error ??= string.Create(CultureInfo.InvariantCulture, $"basket #{index + 1} has no readable id");
            }
        }

        return error is null ? (baskets, null) : ([], error);
    }

    private static ClientDetails? Details(ref Utf8JsonReader reader)
    {
        if (!IsObject(ref reader))
        {
            return null;
        }

        var details = new DetailValues();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = OrderFields.Of(ref reader);
            reader.Read();
            details.Set(field, ref reader);
        }

        return details.ToDetails();
    }

    private static Refund Refund(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return new Refund(null, null, null);
        }

        long? id = null;
        decimal? amount = null;
        DateTimeOffset? created = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = OrderFields.Of(ref reader);
            reader.Read();
            switch (field)
            {
                case OrderField.Id: id = TolerantValue.Int64(ref reader); break;
                case OrderField.Amount: amount = TolerantValue.Decimal(ref reader); break;
                case OrderField.CreatedAt: created = TolerantValue.Date(ref reader); break;
                default: reader.Skip(); break;
            }
        }

        return new Refund(id, amount, created);
    }

    /// <summary>True on an object (the reader stays on its start); anything else is read past and false.</summary>
    private static bool IsObject(ref Utf8JsonReader reader)
    {
        if (reader.TokenType == JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>True on an array; a PHP associative array is the document reader's; anything else is read past and false.</summary>
    private static bool IsArray(ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.StartArray:
                return true;
            case JsonTokenType.StartObject:
                throw new UnsupportedShapeException("a list given as a PHP associative array");
            default:
                return false;
        }
    }

    private static Basket? SkipValue(ref Utf8JsonReader reader)
    {
        reader.Skip();
        return null;
    }
}

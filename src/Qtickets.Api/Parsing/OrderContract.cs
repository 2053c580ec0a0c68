using System.Globalization;
using Qtickets.Api.Models;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The data contract of an order record (docs/data-contract.md): what makes an <see cref="OrderJson"/> an
/// <see cref="Order"/>, and the reason it is rejected otherwise. Never a guess: an amount that is not a finite
/// non-negative number, a quantity outside 1..10,000, a timestamp that is not ISO 8601 with an offset or lies outside
/// 2000-01-01 .. now + 1 day, or baskets that are not a list reject the whole order, because any of them would
/// otherwise become a wrong total.
/// </summary>
internal static class OrderContract
{
    public const string Dataset = "orders";

    /// <param name="json">The record as read.</param>
    /// <param name="readAt">When the record was read: timestamps more than a day after it are rejected.</param>
    public static ParseResult<Order> Check(OrderJson json, DateTimeOffset readAt)
    {
        if (ContractCheck.AsId(json.Id) is not { } id)
        {
            return ParseResult<Order>.Skip("id missing or not a whole number", IdText(json), $"id {json.Id.Describe()}");
        }

        var check = new ContractCheck(readAt.AddDays(1));
        var order = Map(json, id, check);
        return check.Failed
            ? ParseResult<Order>.Skip(check.Reason!, id.ToString(CultureInfo.InvariantCulture), check.Detail)
            : ParseResult<Order>.Ok(order, IdText(json));
    }

    /// <summary>The id as it was written, for pages that compare records (the repeated-page guard).</summary>
    public static string? IdText(OrderJson json) => json.Id.State switch
    {
        ApiValueState.Ok => json.Id.Value.ToString(CultureInfo.InvariantCulture),
        ApiValueState.Invalid => json.Id.Raw,
        _ => null,
    };

    private static Order Map(OrderJson json, long id, ContractCheck check)
    {
        check.Money("price", json.Price);
        if (json.Baskets?.Problem is { } problem)
        {
            check.Fail("baskets is not a list of objects", $"baskets: {problem}");
        }

        return new Order
        {
            Id = id,
            Payed = check.Flag("payed", json.Payed) ?? false,
            PayedAt = check.Time("payed_at", json.PayedAt),
            CreatedAt = check.Time("created_at", json.CreatedAt),
            UpdatedAt = check.Time("updated_at", json.UpdatedAt),
            DeletedAt = check.Time("deleted_at", json.DeletedAt),
            EventId = check.Id("event_id", json.EventId),
            CurrencyId = string.IsNullOrWhiteSpace(json.CurrencyId) ? null : json.CurrencyId.Trim().ToUpperInvariant(),
            Client = ClientOf(json.Client),
            Utm = UtmOf(json.Utm),
            RefundEntries = json.Refunds?.Items.Count ?? 0,
            Baskets = [.. (json.Baskets ?? ApiList<BasketJson>.Empty).Items.Select((basket, index) => BasketOf(basket, index, check))],
        };
    }

    private static Basket BasketOf(BasketJson json, int index, ContractCheck check)
    {
        var id = check.Id("basket id", json.Id);
        if (id is null && json.Id.HasNoValue)
        {
            check.Fail("basket id missing", string.Create(CultureInfo.InvariantCulture, $"basket #{index + 1} has no id"));
        }

        check.Basket = (id, index);
        if (json.Price.HasNoValue)
        {
            check.Fail("basket price missing", "price missing");
        }

        var basket = new Basket
        {
            Id = id ?? 0,
            ShowId = check.Id("show_id", json.ShowId),
            Price = check.Money("price", json.Price) ?? 0m,
            Quantity = check.Quantity(json.Quantity),
            CreatedAt = check.Time("created_at", json.CreatedAt),
            UpdatedAt = check.Time("updated_at", json.UpdatedAt),
            DeletedAt = check.Time("deleted_at", json.DeletedAt),
            RefundedAt = check.Time("refunded_at", json.RefundedAt),
            RefundedAmount = check.Money("refunded_amount", json.RefundedAmount),
            ClientEmail = json.ClientEmail,
        };
        check.Basket = null;
        return basket;
    }

    private static OrderClient? ClientOf(ClientJson? client) => client is null
        ? null
        : new OrderClient(client.Email, DetailsOf(client.Details ?? client));

    private static ClientDetails DetailsOf(ClientJson details) =>
        new(details.Name, details.Surname, details.Middlename, details.Phone);

    private static Utm UtmOf(UtmJson? utm)
    {
        if (utm is null)
        {
            return Utm.Empty;
        }

        var tags = new Utm(
            utm.UtmSource ?? utm.Source,
            utm.UtmMedium ?? utm.Medium,
            utm.UtmCampaign ?? utm.Campaign,
            utm.UtmContent ?? utm.Content,
            utm.UtmTerm ?? utm.Term);
        return tags.IsEmpty ? Utm.Empty : tags;
    }
}

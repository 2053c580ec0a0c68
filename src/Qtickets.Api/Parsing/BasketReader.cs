using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>
/// One basket for the fast order reader, with the rules of <see cref="BasketParser"/>: null without a readable id.
/// A member given twice ends as its last occurrence.
/// </summary>
internal sealed class BasketReader
{
    private long? _id;
    private string? _barcode;
    private long? _showId;
    private string? _seatId;
    private string? _seatName;
    private decimal? _price;
    private decimal? _originalPrice;
    private decimal? _ticketAmount;
    private decimal? _serviceFeeAmount;
    private decimal? _discountValue;
    private int? _quantity;
    private string? _multipriceCode;
    private DateTimeOffset? _checkedAt;
    private DateTimeOffset? _createdAt;
    private DateTimeOffset? _updatedAt;
    private DateTimeOffset? _deletedAt;
    private DateTimeOffset? _refundedAt;
    private decimal? _refundedAmount;
    private string? _clientEmail;
    private string? _clientName;
    private string? _clientSurname;
    private string? _clientPhone;

    /// <summary>Reads the basket whose <c>StartObject</c> the reader stands on, up to its <c>EndObject</c>.</summary>
    public static Basket? Read(ref Utf8JsonReader reader)
    {
        var values = new BasketReader();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = OrderFields.Of(ref reader);
            reader.Read();
            values.Set(field, ref reader);
        }

        return values._id is { } id ? values.ToBasket(id) : null;
    }

    private void Set(OrderField field, ref Utf8JsonReader reader)
    {
        switch (field)
        {
            case OrderField.Id: _id = TolerantValue.Int64(ref reader); break;
            case OrderField.Barcode: _barcode = TolerantValue.Text(ref reader); break;
            case OrderField.ShowId: _showId = TolerantValue.Int64(ref reader); break;
            case OrderField.SeatId: _seatId = TolerantValue.Text(ref reader); break;
            case OrderField.SeatName: _seatName = TolerantValue.Text(ref reader); break;
            case OrderField.Price: _price = TolerantValue.Decimal(ref reader); break;
            case OrderField.OriginalPrice: _originalPrice = TolerantValue.Decimal(ref reader); break;
            case OrderField.TicketAmount: _ticketAmount = TolerantValue.Decimal(ref reader); break;
            case OrderField.ServiceFeeAmount: _serviceFeeAmount = TolerantValue.Decimal(ref reader); break;
            case OrderField.DiscountValue: _discountValue = TolerantValue.Decimal(ref reader); break;
            case OrderField.Quantity: _quantity = TolerantValue.Int32(ref reader); break;
            case OrderField.MultipriceCode: _multipriceCode = TolerantValue.Text(ref reader); break;
            case OrderField.CheckedAt: _checkedAt = TolerantValue.Date(ref reader); break;
            case OrderField.CreatedAt: _createdAt = TolerantValue.Date(ref reader); break;
            case OrderField.UpdatedAt: _updatedAt = TolerantValue.Date(ref reader); break;
            case OrderField.DeletedAt: _deletedAt = TolerantValue.Date(ref reader); break;
            case OrderField.RefundedAt: _refundedAt = TolerantValue.Date(ref reader); break;
            case OrderField.RefundedAmount: _refundedAmount = TolerantValue.Decimal(ref reader); break;
            case OrderField.ClientEmail: _clientEmail = TolerantValue.Text(ref reader); break;
            case OrderField.ClientName: _clientName = TolerantValue.Text(ref reader); break;
            case OrderField.ClientSurname: _clientSurname = TolerantValue.Text(ref reader); break;
            case OrderField.ClientPhone: _clientPhone = TolerantValue.Text(ref reader); break;
            default: reader.Skip(); break;
        }
    }

    private Basket ToBasket(long id) => new()
    {
        Id = id,
        Barcode = _barcode,
        ShowId = _showId,
        SeatId = _seatId,
        SeatName = _seatName,
        Price = _price,
        OriginalPrice = _originalPrice,
        TicketAmount = _ticketAmount,
        ServiceFeeAmount = _serviceFeeAmount,
        DiscountValue = _discountValue,
        Quantity = _quantity ?? 1,
        MultipriceCode = _multipriceCode,
        CheckedAt = _checkedAt,
        CreatedAt = _createdAt,
        UpdatedAt = _updatedAt,
        DeletedAt = _deletedAt,
        RefundedAt = _refundedAt,
        RefundedAmount = _refundedAmount,
        ClientEmail = _clientEmail,
        ClientName = _clientName,
        ClientSurname = _clientSurname,
        ClientPhone = _clientPhone,
    };
}

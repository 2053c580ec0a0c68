using System.Text.Json;
using Qtickets.Api.Models;

namespace Qtickets.Api.Parsing;

/// <summary>
/// The members of one order as the fast reader meets them. Each member read replaces the previous value, so a
/// member given twice ends as its last occurrence, as in a <see cref="JsonDocument"/>.
/// </summary>
internal sealed class OrderValues
{
    private string? _uniqid;
    private bool? _payed;
    private DateTimeOffset? _payedAt;
    private DateTimeOffset? _createdAt;
    private DateTimeOffset? _updatedAt;
    private DateTimeOffset? _deletedAt;
    private long? _clientId;
    private OrderClient? _client;
    private long? _eventId;
    private decimal? _price;
    private decimal? _originalPrice;
    private string? _currencyId;
    private long? _discountId;
    private long? _promoCodeId;
    private string? _paymentTypeId;
    private bool? _reserved;
    private DateTimeOffset? _reservedTo;
    private OrderSite? _site;
    private Utm _utm = Utm.Empty;
    private IReadOnlyList<Refund> _refunds = [];
    private IReadOnlyList<Basket> _baskets = [];

    public string? IdText { get; private set; }

    public long? Id { get; private set; }

    /// <summary>Why the baskets make the order unreadable (the first basket without a readable id), or null.</summary>
    public string? BasketError { get; private set; }

    public void Set(OrderField field, ref Utf8JsonReader reader)
    {
        switch (field)
        {
            case OrderField.Id: (IdText, Id) = TolerantValue.Id(ref reader); break;
            case OrderField.Uniqid: _uniqid = TolerantValue.Text(ref reader); break;
            case OrderField.Payed: _payed = TolerantValue.Boolean(ref reader); break;
            case OrderField.PayedAt: _payedAt = TolerantValue.Date(ref reader); break;
            case OrderField.CreatedAt: _createdAt = TolerantValue.Date(ref reader); break;
            case OrderField.UpdatedAt: _updatedAt = TolerantValue.Date(ref reader); break;
            case OrderField.DeletedAt: _deletedAt = TolerantValue.Date(ref reader); break;
            case OrderField.ClientId: _clientId = TolerantValue.Int64(ref reader); break;
            case OrderField.Client: _client = OrderMemberReaders.Client(ref reader); break;
            case OrderField.EventId: _eventId = TolerantValue.Int64(ref reader); break;
            case OrderField.Price: _price = TolerantValue.Decimal(ref reader); break;
            case OrderField.OriginalPrice: _originalPrice = TolerantValue.Decimal(ref reader); break;
            case OrderField.CurrencyId: _currencyId = TolerantValue.Text(ref reader); break;
            case OrderField.DiscountId: _discountId = TolerantValue.Int64(ref reader); break;
            case OrderField.PromoCodeId: _promoCodeId = TolerantValue.Int64(ref reader); break;
            case OrderField.PaymentTypeId: _paymentTypeId = TolerantValue.Text(ref reader); break;
            case OrderField.Reserved: _reserved = TolerantValue.Boolean(ref reader); break;
            case OrderField.ReservedTo: _reservedTo = TolerantValue.Date(ref reader); break;
            case OrderField.Site: _site = OrderMemberReaders.Site(ref reader); break;
            case OrderField.Utm: _utm = OrderMemberReaders.Utm(ref reader); break;
            case OrderField.Refunds: _refunds = OrderMemberReaders.Refunds(ref reader); break;
            case OrderField.Baskets: (_baskets, BasketError) = OrderMemberReaders.Baskets(ref reader); break;
            default: reader.Skip(); break;
        }
    }

    public Order ToOrder(long id) => new()
    {
        Id = id,
        Uniqid = _uniqid,
        Payed = _payed ?? false,
        PayedAt = _payedAt,
        CreatedAt = _createdAt,
        UpdatedAt = _updatedAt,
        DeletedAt = _deletedAt,
        ClientId = _clientId,
        Client = _client,
        EventId = _eventId,
        Price = _price,
        OriginalPrice = _originalPrice,
        CurrencyId = _currencyId,
        DiscountId = _discountId,
        PromoCodeId = _promoCodeId,
        PaymentTypeId = _paymentTypeId,
        Reserved = _reserved,
        ReservedTo = _reservedTo,
        Site = _site,
        Utm = _utm,
        Refunds = _refunds,
        Baskets = _baskets,
    };
}

using System.Globalization;
using Qtickets.Api.Models;
using Qtickets.Api.Partners;
using Qtickets.Pipeline.Rows;
using Qtickets.Api.Time;

namespace Qtickets.Pipeline.Transform;

/// <summary>
/// Maps catalogue records to their staging rows. Versions are the snapshot time: catalogues carry no reliable
/// change time, and the latest snapshot is the truth. Personal data of clients is hashed unless enabled.
/// </summary>
public sealed class CatalogueRows(ulong snapshotVersion, bool storePersonalData, DateTime loadedAt)
{
    public ClientRow Client(Client client)
    {
        var id = Id(client.Id);
        var details = client.Details;
        return new ClientRow
        {
            ClientId = id,
            EmailHash = Fingerprints.BuyerHash(client.Email),
            Email = storePersonalData ? client.Email ?? string.Empty : string.Empty,
            Phone = storePersonalData ? details?.Phone ?? string.Empty : string.Empty,
            FirstName = storePersonalData ? details?.Name ?? string.Empty : string.Empty,
            LastName = storePersonalData ? details?.Surname ?? string.Empty : string.Empty,
            MiddleName = storePersonalData ? details?.Middlename ?? string.Empty : string.Empty,
            // The raw record holds e-mail and phone: kept only when personal data may be stored.
            PayloadJson = storePersonalData ? client.RawJson : string.Empty,
            LoadedAt = loadedAt,
            Ver = snapshotVersion,
            DedupKey = Fingerprints.DedupKey(id),
        };
    }

    public PriceShadeRow PriceShade(PriceShade shade) => new()
    {
        ShadeId = Id(shade.Id),
        Name = shade.Name ?? string.Empty,
        Color = shade.Color ?? string.Empty,
        PayloadJson = shade.RawJson,
        LoadedAt = loadedAt,
        Ver = snapshotVersion,
        DedupKey = Fingerprints.DedupKey(Id(shade.Id)),
    };

    public DiscountRow Discount(Discount discount) => new()
    {
        DiscountId = Id(discount.Id),
        Name = discount.Name ?? string.Empty,
        DiscountType = discount.Type ?? string.Empty,
        DiscountValue = (double?)discount.Value,
        PayloadJson = discount.RawJson,
        LoadedAt = loadedAt,
        Ver = snapshotVersion,
        DedupKey = Fingerprints.DedupKey(Id(discount.Id)),
    };

    public PromoCodeRow PromoCode(PromoCode code) => new()
    {
        PromoCodeId = Id(code.Id),
        Code = code.Code ?? string.Empty,
        DiscountType = code.Type ?? string.Empty,
        DiscountValue = (double?)code.Value,
        PayloadJson = code.RawJson,
        LoadedAt = loadedAt,
        Ver = snapshotVersion,
        DedupKey = Fingerprints.DedupKey(Id(code.Id)),
    };

    public BarcodeRow Barcode(Barcode barcode, long eventId) => new()
    {
        Barcode = barcode.Value,
        EventId = Id(eventId),
        ShowId = Id(barcode.ShowId),
        Status = barcode.CheckedAt is null ? "issued" : "checked",
        CheckedAt = barcode.CheckedAt is { } checkedAt ? MoscowTime.ToWallClock(checkedAt) : null,
        // Barcode records can name the ticket holder: the raw record is kept only when personal data may be stored.
        PayloadJson = storePersonalData ? barcode.RawJson : string.Empty,
        LoadedAt = loadedAt,
        Ver = snapshotVersion,
        DedupKey = Fingerprints.DedupKey($"{barcode.ShowId}|{barcode.Value}"),
    };

    public PartnerTicketRow PartnerTicket(PartnerTicket ticket)
    {
        var id = ticket.Id ?? ticket.Barcode ?? ticket.ExternalId ?? Fingerprints.DedupKey(ticket.RawJson);
        return new PartnerTicketRow
        {
            TicketId = id,
            EventId = ticket.EventId is { } eventId ? Id(eventId) : string.Empty,
            ShowId = ticket.ShowId is { } showId ? Id(showId) : string.Empty,
            ExternalOrderId = ticket.ExternalOrderId ?? string.Empty,
            ExternalId = ticket.ExternalId ?? string.Empty,
            Barcode = ticket.Barcode ?? string.Empty,
            Paid = string.Equals(ticket.Status, "paid", StringComparison.OrdinalIgnoreCase),
            Price = (double?)ticket.Price,
            // Partner tickets carry buyer details: the raw record is kept only when personal data may be stored.
            PayloadJson = storePersonalData ? ticket.RawJson : string.Empty,
            LoadedAt = loadedAt,
            Ver = snapshotVersion,
            DedupKey = Fingerprints.DedupKey($"{id}|{ticket.ExternalOrderId}"),
        };
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);
}

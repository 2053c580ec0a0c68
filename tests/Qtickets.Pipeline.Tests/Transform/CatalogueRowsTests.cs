using Qtickets.Api.Models;
using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

public sealed class CatalogueRowsTests
{
    private static readonly DateTime LoadedAt = new(2025, 11, 3, 12, 0, 0);

    private static readonly Client Buyer = new()
    {
        Id = 5,
        Email = " Buyer@Example.org ",
        Details = new ClientDetails("Имя", null, null, "+70000000000"),
        RawJson = """{"id":5,"email":"Buyer@Example.org"}""",
    };

    [Fact]
    public void A_client_is_kept_as_the_hash_of_the_email_unless_personal_data_may_be_stored()
    {
        var row = new CatalogueRows(42, storePersonalData: false, LoadedAt).Client(Buyer);

        Assert.Equal(Fingerprints.BuyerHash("buyer@example.org"), row.EmailHash);
        Assert.All(new[] { row.Email, row.Phone, row.FirstName, row.PayloadJson }, Assert.Empty);
        Assert.Equal((42UL, LoadedAt, Fingerprints.DedupKey("5")), (row.Ver, row.LoadedAt, row.DedupKey));
    }

    [Fact]
    public void With_personal_data_enabled_the_client_row_holds_it()
    {
        var row = new CatalogueRows(42, storePersonalData: true, LoadedAt).Client(Buyer);

        Assert.Equal((" Buyer@Example.org ", "+70000000000", "Имя"), (row.Email, row.Phone, row.FirstName));
        Assert.Equal(Buyer.RawJson, row.PayloadJson);
    }

    [Fact]
    public void A_barcode_is_checked_once_it_has_a_check_time_and_is_keyed_by_show_and_value()
    {
        var rows = new CatalogueRows(42, storePersonalData: false, LoadedAt);
        var checkedAt = new DateTimeOffset(2025, 12, 1, 16, 0, 0, TimeSpan.Zero);

        var issued = rows.Barcode(new Barcode { Value = "A1", ShowId = 70, RawJson = "{}" }, 7);
        var used = rows.Barcode(new Barcode { Value = "A2", ShowId = 70, CheckedAt = checkedAt, RawJson = "{}" }, 7);

        Assert.Equal(("issued", (DateTime?)null), (issued.Status, issued.CheckedAt));
        Assert.Equal(("checked", (DateTime?)new DateTime(2025, 12, 1, 19, 0, 0)), (used.Status, used.CheckedAt));
        Assert.Equal(Fingerprints.DedupKey("70|A1"), issued.DedupKey);
        Assert.Equal(("7", "70"), (issued.EventId, issued.ShowId));
    }
}

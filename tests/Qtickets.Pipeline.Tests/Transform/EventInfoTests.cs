using Qtickets.Pipeline.Transform;

namespace Qtickets.Pipeline.Tests.Transform;

public sealed class EventInfoTests
{
    [Fact]
    public void The_city_is_the_name_of_the_city_object_in_lower_case()
    {
        var info = EventInfo.From(Some.Event(city: "Санкт-Петербург"));

        Assert.Equal("санкт-петербург", info.City);
    }

    [Fact]
    public void Start_and_end_span_the_first_show_start_and_the_last_show_end()
    {
        var info = EventInfo.From(Some.Event());

        Assert.Equal(new DateOnly(2025, 12, 1), info.StartDate);
        Assert.Equal(new DateOnly(2025, 12, 5), info.EndDate);
    }

    [Fact]
    public void Deleted_shows_are_ignored()
    {
        var source = Some.Event();
        var withDeleted = source with { Shows = [source.Shows[0], source.Shows[1] with { DeletedAt = DateTimeOffset.UnixEpoch }] };

        var info = EventInfo.From(withDeleted);

        Assert.Equal([77L], info.ActiveShowIds);
        Assert.Equal(new DateOnly(2025, 12, 1), info.EndDate);
    }
}

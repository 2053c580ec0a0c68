namespace Qtickets.Simulator.Data;

/// <summary>Everything the simulator serves: generated once per start from (seed, anchor, sizes).</summary>
internal sealed class Dataset
{
    public Dataset(
        int seed,
        long anchor,
        IReadOnlyList<EventModel> events,
        IReadOnlyList<ShowModel> shows,
        OrderIndex orders,
        Catalogs catalogs,
        int clientCount,
        ShowPicker picker)
    {
        Seed = seed;
        Anchor = anchor;
        Events = events;
        Shows = shows;
        Orders = orders;
        Catalogs = catalogs;
        ClientCount = clientCount;
        Picker = picker;
        Barcodes = new BarcodeCodec(seed);
        EventById = events.ToDictionary(e => e.Id, e => e.Index);
        ShowById = shows.ToDictionary(s => s.Id, s => s.Index);
    }

    public int Seed { get; }

    /// <summary>"Now" of the generated history, Unix seconds.</summary>
    public long Anchor { get; }

    public IReadOnlyList<EventModel> Events { get; }

    public IReadOnlyList<ShowModel> Shows { get; }

    public OrderIndex Orders { get; }

    public Catalogs Catalogs { get; }

    public int ClientCount { get; }

    public BarcodeCodec Barcodes { get; }

    /// <summary>Chooses the show of a new order; live sales use it after start-up.</summary>
    public ShowPicker Picker { get; }

    public OrderOverlay Overlay { get; } = new();

    public IReadOnlyDictionary<int, int> EventById { get; }

    public IReadOnlyDictionary<int, int> ShowById { get; }

    public EventModel EventOfShow(int showIndex) => Events[Shows[showIndex].EventIndex];

    public static Dataset Create(int seed, DateTimeOffset anchor, int orders, int events)
    {
        var anchorSeconds = anchor.ToUnixTimeSeconds();
        var (eventModels, shows) = EventGenerator.Generate(seed, events, anchorSeconds);
        var historyStart = anchorSeconds - (OrderIndexBuilder.HistoryDays * TimeMath.Day);
        var picker = new ShowPicker(historyStart, OrderIndexBuilder.HistoryDays + 1, eventModels, shows);
        var index = OrderIndexBuilder.Build(seed, anchorSeconds, orders, picker);
        return new Dataset(
            seed, anchorSeconds, eventModels, shows, index, Catalogs.Create(seed, anchorSeconds), ClientGenerator.CountFor(orders), picker);
    }
}

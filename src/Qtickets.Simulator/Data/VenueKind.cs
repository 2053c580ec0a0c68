namespace Qtickets.Simulator.Data;

internal enum VenueKind
{
    /// <summary>Seated parterre and balcony, no general admission.</summary>
    Theatre,

    /// <summary>A dance floor (general admission) and a small seated VIP balcony.</summary>
    Club,

    /// <summary>Seated parterre, a general-admission fan zone and a balcony.</summary>
    ConcertHall,
}

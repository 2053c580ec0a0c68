namespace Qtickets.Api.Partners;

/// <summary>A seat of a Partners offer; <see cref="FreeQuantity"/> is set for general-admission seats.</summary>
public sealed record PartnerSeat(string SeatId, string? ZoneId, bool Available, int? FreeQuantity, bool Admission);

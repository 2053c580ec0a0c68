using Qtickets.Api.Models;

namespace Qtickets.Api.Orders;

/// <summary>An order inside the data contract, or why the record was rejected; exactly one of the two is set.</summary>
public sealed record OrderReadResult(Order? Order, SkippedRecord? Rejected);

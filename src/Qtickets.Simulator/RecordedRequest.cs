namespace Qtickets.Simulator;

/// <summary>One request the simulator received, with what it answered.</summary>
/// <remarks>
/// Sequence: 1-based arrival number.<br/>
/// Path: The URL path, e.g. <c>/api/rest/v1/orders</c>.<br/>
/// Query: The raw query string including '?', or empty.<br/>
/// Body: The request body as text, or null when empty.<br/>
/// Status: The status answered; 0 when the connection was reset, 499 when the client went away first.<br/>
/// Fault: The injected fault, if any: <c>reset</c>, <c>rate-limit</c>, <c>error-rate</c>, <c>post-orders-status</c>, <c>malformed</c>; also <c>client-closed</c> and <c>simulator-failure</c> (a defect: 500).<br/>
/// </remarks>
public sealed record RecordedRequest(
    long Sequence,
    DateTimeOffset ReceivedAt,
    string Method,
    string Path,
    string Query,
    string? Body,
    int Status,
    string? Fault);

using System.Text.Json;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Partners;

/// <summary>
/// The read side of the QTickets Partners API (distributor side, optional) that the loader uses, over an
/// <see cref="HttpClient"/> the caller owns. Its errors come as HTTP 200 with <c>{"status": "error", "code": ...}</c>:
/// they are raised as <see cref="QticketsApiException"/> with status 200 and the code in
/// <see cref="QticketsApiException.ApiCode"/>; HTTP failures as for the REST client, after the same retries. In stub
/// mode nothing is sent and every method returns an empty result.
/// </summary>
public sealed class PartnersClient(
    HttpClient httpClient,
    PartnersClientOptions options,
    ILogger? logger = null,
    TimeProvider? timeProvider = null,
    Func<double>? jitter = null)
    : ApiClient(httpClient, options, logger, timeProvider, jitter)
{
    /// <summary>
    /// Tickets matching <paramref name="filter"/>, sent unchanged as the POST body of <c>tickets/find</c>: one element
    /// of <c>QTICKETS_PARTNERS_FIND_REQUESTS</c>, searching by <c>barcode</c>, <c>external_id</c> or
    /// <c>external_order_id</c> (one value or a list), at the top level or in a <c>filter</c> object, for example
    /// <c>{"filter": {"external_order_id": ["P-1", "P-2"]}}</c>.
    /// </summary>
    public async Task<ListResult<PartnerTicket>> FindTicketsAsync(JsonElement filter, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return ListResult<PartnerTicket>.Empty;
        }

        var request = new ApiRequest(HttpMethod.Post, "tickets/find", JsonBody: filter.GetRawText());
        var page = await Transport.SendAsync(request, retry: true, body => ReadTickets(body.Span, request.Endpoint), cancellationToken).ConfigureAwait(false);
        return new ListResult<PartnerTicket>(page.Items, page.Skipped, 1, null, []);
    }

    /// <summary>
    /// The tickets of <c>{"status": "success", "result": [...]}</c> (or a bare list). An error comes as HTTP 200 with
    /// <c>{"status": "error", "code": ..., "message": ...}</c> and is raised, its texts shown, never obeyed
    /// (<see cref="OutsideText"/>), and never with the key.
    /// </summary>
    private ParsedPage<PartnerTicket> ReadTickets(ReadOnlySpan<byte> body, string endpoint)
    {
        var redactor = Transport.Redactor;
        var error = ErrorJson.Of(body);
        if (string.Equals(error.Status, "error", StringComparison.OrdinalIgnoreCase))
        {
            var text = redactor.RedactOrNull(error.ShownText);
            throw new QticketsApiException($"QTickets Partners {endpoint} refused the request: {text ?? "no message"} (code {error.ShownCode ?? "none"})", endpoint)
            {
                StatusCode = 200,
                ApiCode = error.ShownCode,
                ApiError = text,
                BodyPreview = redactor.Redact(BodyPreview.Of(body, "application/json")),
            };
        }

        var page = RecordPage.Read(
            body, 1, "partner_tickets", RecordJsonContext.Default.PartnerTicket, (record, json) => ParseResult<PartnerTicket>.Ok(record with { RawJson = RecordCheck.Json(json) }), "result");
        return page.ShapeProblem is { } problem ? throw Transport.ShapeError(endpoint, problem, body) : page;
    }
}

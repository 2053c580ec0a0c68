using System.Text.Json;
using Microsoft.Extensions.Logging;
using Qtickets.Api.Errors;
using Qtickets.Api.Http;
using Qtickets.Api.Parsing;
using Qtickets.Api.Parsing.Wire;

namespace Qtickets.Api.Partners;

/// <summary><see cref="IPartnersClient"/> over an <see cref="HttpClient"/> the caller owns.</summary>
public sealed class PartnersClient(
    HttpClient httpClient,
    PartnersClientOptions options,
    ILogger? logger = null,
    TimeProvider? timeProvider = null,
    Func<double>? jitter = null)
    : ApiClient(httpClient, options, logger, timeProvider, jitter), IPartnersClient
{
    public async Task<ListResult<PartnerTicket>> FindTicketsAsync(JsonElement filter, CancellationToken cancellationToken)
    {
        if (InStubMode())
        {
            return ListResult<PartnerTicket>.Empty;
        }

        var request = new ApiRequest(HttpMethod.Post, "tickets/find", JsonBody: filter.GetRawText());
        var page = await Transport.SendAsync(request, retry: true, body => ReadTickets(body.Span, request.Endpoint, Transport.Redactor), cancellationToken).ConfigureAwait(false);
        return new ListResult<PartnerTicket>(page.Items, page.Skipped, 1, null, []);
    }

    /// <summary>
    /// The tickets of <c>{"status": "success", "result": [...]}</c> (or a bare list). An error comes as HTTP 200 with
    /// <c>{"status": "error", "code": ..., "message": ...}</c> and is raised, its texts shown, never obeyed
    /// (<see cref="OutsideText"/>), and never with the key.
    /// </summary>
    private static ParsedPage<PartnerTicket> ReadTickets(ReadOnlySpan<byte> body, string endpoint, SecretRedactor redactor)
    {
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
        return page.ShapeProblem is { } problem ? throw ShapeError.Create(endpoint, problem, body, redactor) : page;
    }
}

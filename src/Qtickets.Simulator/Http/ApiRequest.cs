using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Qtickets.Simulator.Http;

/// <summary>A request on its way through the simulator, with its parsed body and what it was answered.</summary>
internal sealed class ApiRequest
{
    public ApiRequest(HttpContext http, RouteMatch route, SimulatorFaults faults, string? bodyText, JsonElement? body)
    {
        Http = http;
        Route = route;
        Faults = faults;
        BodyText = bodyText;
        Body = body;
    }

    public HttpContext Http { get; }

    public RouteMatch Route { get; }

    /// <summary>The faults in force when the request arrived.</summary>
    public SimulatorFaults Faults { get; }

    public string? BodyText { get; }

    /// <summary>The JSON body; null when there was none or it was not JSON (see <see cref="BodyIsInvalid"/>).</summary>
    public JsonElement? Body { get; }

    public bool BodyIsInvalid => Body is null && !string.IsNullOrWhiteSpace(BodyText);

    public IQueryCollection Query => Http.Request.Query;

    public CancellationToken Aborted => Http.RequestAborted;

    /// <summary>The injected fault, for the request log.</summary>
    public string? Fault { get; set; }
}

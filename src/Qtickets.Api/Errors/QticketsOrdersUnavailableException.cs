namespace Qtickets.Api.Errors;

/// <summary>
/// Orders could not be read at all: the documented <c>GET /orders</c> failed after its retries and the
/// <c>POST /orders</c> fallback failed too. Both failures are kept.
/// </summary>
public sealed class QticketsOrdersUnavailableException : QticketsApiException
{
    public QticketsOrdersUnavailableException(QticketsApiException getFailure, QticketsApiException postFailure)
        : base(Describe(getFailure, postFailure), postFailure.Endpoint, postFailure)
    {
        GetFailure = getFailure;
        PostFailure = postFailure;
        StatusCode = postFailure.StatusCode;
        ApiError = postFailure.ApiError;
        ApiCode = postFailure.ApiCode;
        RequestId = postFailure.RequestId;
        BodyPreview = postFailure.BodyPreview;
        Attempts = getFailure.Attempts + postFailure.Attempts;
    }

    public QticketsApiException GetFailure { get; }

    public QticketsApiException PostFailure { get; }

    private static string Describe(QticketsApiException getFailure, QticketsApiException postFailure) =>
        $"QTickets orders are unavailable: the documented GET failed ({getFailure.Message}) and the POST fallback failed too ({postFailure.Message}).";
}

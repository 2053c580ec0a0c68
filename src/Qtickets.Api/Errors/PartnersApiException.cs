namespace Qtickets.Api.Errors;

/// <summary>
/// The Partners API refused a request. It reports errors as HTTP 200 with <c>"status": "error"</c> and a
/// <c>code</c> (for example <c>WRONG_AUTHORIZATION</c>), which <see cref="QticketsApiException.ApiCode"/> carries.
/// </summary>
public sealed class PartnersApiException : QticketsApiException
{
    public PartnersApiException(string message, string endpoint)
        : base(message, endpoint)
    {
    }
}

namespace Qtickets.TestUtilities.Http;

/// <summary>What a <see cref="StubApiServer"/> answers: a status, a body and its content type.</summary>
public sealed record StubAnswer(int Status, string Body, string ContentType = "application/json")
{
    public static StubAnswer Json(string body) => new(200, body);

    public static StubAnswer NotFound() => new(404, "<html><body>404 Not Found</body></html>", "text/html");
}

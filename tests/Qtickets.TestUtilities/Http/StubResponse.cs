using System.Net;
using System.Text;

namespace Qtickets.TestUtilities.Http;

/// <summary>Builders of canned HTTP answers for <see cref="StubHttpMessageHandler"/>.</summary>
public static class StubResponse
{
    /// <summary>An answer with a JSON body.</summary>
    public static HttpResponseMessage Json(string json, HttpStatusCode status = HttpStatusCode.OK) =>
        Text(json, "application/json", status);

    /// <summary>An answer with a body of the given media type.</summary>
    public static HttpResponseMessage Text(string body, string mediaType, HttpStatusCode status = HttpStatusCode.OK) =>
        new(status) { Content = new StringContent(body, Encoding.UTF8, mediaType) };

    /// <summary>An answer with a status and an empty body.</summary>
    public static HttpResponseMessage Status(HttpStatusCode status) =>
        new(status) { Content = new ByteArrayContent([]) };

    /// <summary>An nginx-style HTML error page.</summary>
    public static HttpResponseMessage Html(HttpStatusCode status)
    {
        var code = ((int)status).ToString(System.Globalization.CultureInfo.InvariantCulture);
        var html = $"<html>\r\n<head><title>{code} {status}</title></head>\r\n<body>\r\n<center><h1>{code} {status}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
        return Text(html, "text/html", status);
    }
}

using System.Globalization;
using System.Xml.Linq;

namespace Qtickets.Cli.Routine;

/// <summary>Reads the test results <c>dotnet test --logger trx</c> writes: every test by name, not only the totals.</summary>
public static class TrxFile
{
    private static readonly XNamespace Ns = "http://microsoft.com/schemas/VisualStudio/TeamTest/2010";

    public static IReadOnlyList<RoutineTestResult> Read(string path) =>
        XDocument.Load(path).Descendants(Ns + "UnitTestResult")
            .Select(result => new RoutineTestResult(
                (string?)result.Attribute("testName") ?? "(unnamed)",
                (string?)result.Attribute("outcome") ?? "Unknown",
                TimeSpan.TryParse((string?)result.Attribute("duration"), CultureInfo.InvariantCulture, out var duration) ? duration : TimeSpan.Zero,
                result.Descendants(Ns + "Message").Select(m => m.Value.Trim()).FirstOrDefault()))
            .OrderBy(r => r.Name, StringComparer.Ordinal)
            .ToList();
}

using System.Globalization;

namespace Qtickets.Configuration.Tests;

public sealed class CultureTests
{
    [Fact]
    public void Numbers_parse_the_same_under_a_culture_with_other_digits_and_separators()
    {
        var previous = CultureInfo.CurrentCulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("ar-SA");
            var layers = SettingsLayers.Create(environment: new Dictionary<string, string>
            {
                ["CLICKHOUSE_PORT"] = "18123",
                ["QTICKETS_SINCE_HOURS"] = "48",
                ["DRY_RUN"] = "true",
            });

            var settings = LoaderSettingsParser.Parse(layers);

            Assert.Equal(18123, settings.ClickHouse.Port);
            Assert.Equal(48, settings.Qtickets.SinceHours);
        }
        finally
        {
            CultureInfo.CurrentCulture = previous;
        }
    }
}

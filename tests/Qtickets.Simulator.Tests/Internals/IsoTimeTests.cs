using System.Globalization;
using System.Text;
using Qtickets.Simulator.Json;

namespace Qtickets.Simulator.Tests.Internals;

public sealed class IsoTimeTests
{
    [Theory]
    [InlineData(3)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(-5)]
    [InlineData(0)]
    public void Writes_what_the_framework_s_custom_format_writes(int offsetHours)
    {
        var offset = TimeSpan.FromHours(offsetHours);
        var random = new Random(1);
        var buffer = new byte[IsoTime.Length];
        for (var i = 0; i < 2000; i++)
        {
            var seconds = random.NextInt64(0, 4_000_000_000);

            IsoTime.Write(seconds, offset, buffer);

            var expected = DateTimeOffset.FromUnixTimeSeconds(seconds).ToOffset(offset).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
            Assert.Equal(expected, Encoding.ASCII.GetString(buffer));
        }
    }
}

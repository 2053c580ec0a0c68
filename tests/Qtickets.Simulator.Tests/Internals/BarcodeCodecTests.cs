using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Tests.Internals;

public sealed class BarcodeCodecTests
{
    [Fact]
    public void Barcodes_are_twelve_digits_and_decode_to_their_basket()
    {
        var codec = new BarcodeCodec(42);
        foreach (var basketId in new long[] { 0, 1, 800_001, 12_345_678, 99_999_999_999 })
        {
            var barcode = codec.Encode(basketId);

            Assert.Matches("^8[0-9]{11}$", barcode);
            Assert.True(codec.TryDecode(barcode, out var decoded));
            Assert.Equal(basketId, decoded);
        }
    }

    [Fact]
    public void Another_seed_gives_other_barcodes()
    {
        Assert.NotEqual(new BarcodeCodec(1).Encode(800_001), new BarcodeCodec(2).Encode(800_001));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("912345678901")]
    [InlineData("8abcdefghijk")]
    public void Text_that_is_not_a_barcode_does_not_decode(string text)
    {
        Assert.False(new BarcodeCodec(42).TryDecode(text, out _));
    }
}

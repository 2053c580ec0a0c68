using System.Globalization;

namespace Qtickets.Simulator.Data;

/// <summary>
/// Twelve-digit barcodes that encode the basket id reversibly (an affine map modulo 10^11 with a
/// multiplier coprime to 10), so a barcode can be looked up without any stored table.
/// </summary>
internal sealed class BarcodeCodec
{
    private const long Modulus = 100_000_000_000;
    private const long Multiplier = 7_919_325_461;
    private static readonly long Inverse = ModularInverse(Multiplier, Modulus);
    private readonly long _offset;

    public BarcodeCodec(int seed)
    {
        _offset = (long)(DeterministicRandom.Mix((ulong)(uint)seed) % Modulus);
    }

    public string Encode(long basketId)
    {
        var value = (long)((((Int128)basketId * Multiplier) + _offset) % Modulus);
        return "8" + value.ToString("D11", CultureInfo.InvariantCulture);
    }

    public bool TryDecode(string barcode, out long basketId)
    {
        basketId = 0;
        if (barcode.Length != 12 || barcode[0] != '8'
            || !long.TryParse(barcode.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        var shifted = ((value - _offset) % Modulus + Modulus) % Modulus;
        basketId = (long)((Int128)shifted * Inverse % Modulus);
        return true;
    }

    private static long ModularInverse(long value, long modulus)
    {
        Int128 t = 0, newT = 1, r = modulus, newR = value;
        while (newR != 0)
        {
            var quotient = r / newR;
            (t, newT) = (newT, t - (quotient * newT));
            (r, newR) = (newR, r - (quotient * newR));
        }

        return (long)(t < 0 ? t + modulus : t);
    }
}

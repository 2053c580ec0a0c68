using System.Globalization;

namespace Qtickets.Simulator.Data;

/// <summary>The small catalogues: price shades, discounts and their promo codes.</summary>
internal sealed class Catalogs
{
    private static readonly int[] Percents = [5, 10, 15, 20, 25, 30, 50, 10];

    private Catalogs(IReadOnlyList<DiscountModel> discounts, IReadOnlyList<PromoCodeModel> promoCodes)
    {
        Discounts = discounts;
        PromoCodes = promoCodes;
        LiveDiscounts = discounts.Where(d => d.DeletedAt == 0).ToArray();
    }

    public static IReadOnlyList<ColorTheme> ColorThemes { get; } =
    [
        new(1, "#d80000"), new(2, "#d8007f"), new(3, "#b700d8"), new(4, "#8400d8"), new(5, "#004cd8"),
        new(6, "#00add8"), new(7, "#00d8d0"), new(8, "#00d833"), new(15, "#009f4b"), new(9, "#a8d800"),
        new(10, "#d5d800"), new(11, "#d89e00"), new(12, "#e27500"), new(13, "#606060"), new(14, "#a82d2d"),
    ];

    public IReadOnlyList<DiscountModel> Discounts { get; }

    public IReadOnlyList<PromoCodeModel> PromoCodes { get; }

    /// <summary>Discounts orders may use (not deleted).</summary>
    public IReadOnlyList<DiscountModel> LiveDiscounts { get; }

    public static Catalogs Create(int seed, long anchor)
    {
        var discounts = new List<DiscountModel>();
        var promoCodes = new List<PromoCodeModel>();
        for (var i = 0; i < Percents.Length; i++)
        {
            var random = DeterministicRandom.For(seed, RandomStream.Catalog, i);
            var created = anchor - ((400 - (i * 30)) * TimeMath.Day) - random.Next((int)TimeMath.Day);
            var deleted = i == Percents.Length - 1 ? created + (20 * TimeMath.Day) : 0;
            var discount = new DiscountModel(
                40 + i, $"Скидка {Percents[i].ToString(CultureInfo.InvariantCulture)}%", Percents[i],
                IsActive: deleted == 0 && i != 3, created, deleted != 0 ? deleted : created + random.Next((int)TimeMath.Day), deleted);
            discounts.Add(discount);
            AddPromoCodes(discount, promoCodes, anchor, ref random);
        }

        return new Catalogs(discounts, promoCodes);
    }

    private static void AddPromoCodes(DiscountModel discount, List<PromoCodeModel> promoCodes, long anchor, ref DeterministicRandom random)
    {
        for (var j = 0; j < 4; j++)
        {
            var created = discount.CreatedAt + (j * TimeMath.Day);
            var limited = random.Chance(0.5);
            var code = string.Create(CultureInfo.InvariantCulture, $"{random.Next(100_000, 1_000_000)}-{discount.Id}-{j + 1}");
            promoCodes.Add(new PromoCodeModel(
                13_500 + promoCodes.Count, discount.Id, code, discount.IsActive && j != 3,
                random.Next(0, 40), limited ? 50 : 0, created, limited ? Math.Min(anchor, created + (90 * TimeMath.Day)) : 0,
                created, created + random.Next((int)TimeMath.Day), discount.DeletedAt));
        }
    }
}

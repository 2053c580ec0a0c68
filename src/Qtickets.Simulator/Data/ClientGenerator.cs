namespace Qtickets.Simulator.Data;

/// <summary>Buyers, regenerated from (seed, position): about one buyer for every three orders.</summary>
internal static class ClientGenerator
{
    public const int FirstClientId = 7_000;

    public static int CountFor(int orders) => Math.Max(10, orders / 3);

    public static ClientModel Create(int seed, int position)
    {
        var random = DeterministicRandom.For(seed, RandomStream.Client, position);
        var id = FirstClientId + position;
        return new ClientModel(id, 3_000 + position, PersonGenerator.Create(id, ref random));
    }
}

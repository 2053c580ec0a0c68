using Qtickets.Simulator.Data;

namespace Qtickets.Simulator.Http;

/// <summary>
/// Decides which requests fail. "Every K-th" faults count requests (or list answers) since the faults
/// were last set; the error rate draws from a generator seeded with the simulator's seed, so a run
/// with the same requests in the same order meets the same errors.
/// </summary>
internal sealed class FaultInjector
{
    private static readonly int[] ServerErrors = [500, 502, 503, 504];
    private readonly int _seed;
    private readonly Lock _gate = new();
    private SimulatorFaults _faults;
    private DeterministicRandom _random;
    private long _requests;
    private long _listAnswers;

    public FaultInjector(int seed, SimulatorFaults faults)
    {
        _seed = seed;
        _faults = faults;
        _random = DeterministicRandom.For(seed, RandomStream.Faults, 0);
    }

    public SimulatorFaults Current => Volatile.Read(ref _faults);

    public void Update(SimulatorFaults faults)
    {
        lock (_gate)
        {
            Volatile.Write(ref _faults, faults);
            Interlocked.Exchange(ref _requests, 0);
            Interlocked.Exchange(ref _listAnswers, 0);
            _random = DeterministicRandom.For(_seed, RandomStream.Faults, 0);
        }
    }

    /// <summary>Counts the request; its 1-based number decides the "every K-th request" faults.</summary>
    public long NextRequest() => Interlocked.Increment(ref _requests);

    public static bool IsTurn(long number, int every) => every > 0 && number % every == 0;

    /// <summary>Counts a successful list answer; true when this one must be malformed.</summary>
    public bool NextListIsMalformed(SimulatorFaults faults) =>
        faults.MalformedEvery > 0 && Interlocked.Increment(ref _listAnswers) % faults.MalformedEvery == 0;

    /// <summary>The 5xx status a list request gets instead of its answer, or null.</summary>
    public int? NextServerError(SimulatorFaults faults)
    {
        if (faults.ErrorRate <= 0)
        {
            return null;
        }

        lock (_gate)
        {
            var roll = _random.NextDouble();
            var status = ServerErrors[_random.Next(ServerErrors.Length)];
            return roll < faults.ErrorRate ? status : null;
        }
    }
}

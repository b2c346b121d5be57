using BenchmarkDotNet.Attributes;

namespace Westphalia.Benchmarks;

/// <summary>
/// One simulated year (12 monthly ticks) of the default scenario on a synthetic grid world of 10,000 or 100,000
/// regions, on one thread and on every core. Each iteration (16 operations, 16 consecutive years) starts from the
/// same checkpoint (the world after a warm-up year), so every iteration covers the same simulated years and the
/// recorder's tables do not grow without bound.
/// </summary>
[Config(typeof(RegionTickConfig))]
[InvocationCount(16)]
public class SyntheticWorldBenchmarks
{
    private Simulation _simulation = null!;
    private byte[] _checkpoint = [];

    [ParamsSource(nameof(RegionCounts))]
    public int Regions { get; set; }

    [ParamsSource(nameof(ThreadCounts))]
    public int Threads { get; set; }

    public static IEnumerable<int> RegionCounts => WorldConfigurations.RegionCounts;

    public static IEnumerable<int> ThreadCounts => WorldConfigurations.ThreadCounts();

    [GlobalSetup]
    public void GlobalSetup()
    {
        _simulation = WorldConfigurations.Create(Regions, Threads);
        using var stream = new MemoryStream();
        _simulation.Save(stream);
        _checkpoint = stream.ToArray();
    }

    [IterationSetup]
    public void IterationSetup()
    {
        using var stream = new MemoryStream(_checkpoint, writable: false);
        _simulation.Restore(stream);
    }

    /// <summary>Runs 12 ticks: one simulated year.</summary>
    [Benchmark(Description = "Year (12 ticks)")]
    public int Year()
    {
        var simulation = _simulation;
        for (var t = 0; t < WorldConfigurations.TicksPerOperation; t++)
        {
            simulation.Step();
        }

        return simulation.Tick;
    }
}

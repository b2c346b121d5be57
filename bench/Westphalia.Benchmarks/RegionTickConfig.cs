using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;

namespace Westphalia.Benchmarks;

/// <summary>
/// The default configuration plus the region-tick throughput columns, with profile-guided tier-up off as in the command
/// (src/Westphalia.Cli) and in the quick benchmark, set on the processes BenchmarkDotNet starts for each benchmark
/// (docs/PERFORMANCE.md, "Tiered compilation").
/// </summary>
public sealed class RegionTickConfig : ManualConfig
{
    public RegionTickConfig()
    {
        AddJob(Job.Default.WithEnvironmentVariable("DOTNET_TieredPGO", "0"));
        AddColumn(
            RegionTickColumn.MillisecondsPerTick,
            RegionTickColumn.TicksPerSecond,
            RegionTickColumn.RegionTicksPerSecond,
            RegionTickColumn.RegionTicksPerSecondPerCore);
    }
}

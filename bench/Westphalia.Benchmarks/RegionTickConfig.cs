using BenchmarkDotNet.Configs;

namespace Westphalia.Benchmarks;

/// <summary>The default configuration plus the region-tick throughput columns.</summary>
public sealed class RegionTickConfig : ManualConfig
{
    public RegionTickConfig()
    {
        AddColumn(
            RegionTickColumn.MillisecondsPerTick,
            RegionTickColumn.TicksPerSecond,
            RegionTickColumn.RegionTicksPerSecond,
            RegionTickColumn.RegionTicksPerSecondPerCore);
    }
}

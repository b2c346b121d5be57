namespace Westphalia.Scenarios;

/// <summary>
/// The memory a run of a scenario needs, estimated before anything is allocated, so that a world too large for the
/// machine is refused with the figure instead of exhausting the memory. The coefficients are peak resident sizes
/// measured on whole runs (docs/ODD.md, "Limits"): each region's arrays, each state slot's, the recorder's flow
/// buffers (one per state slot and 4,096-region chunk), and each row of the state time series kept until the end.
/// Against whole runs measured with <c>/usr/bin/time -f %M</c> the estimate is within about 15%.
/// </summary>
public static class WorldFootprint
{
    /// <summary>The runtime, the program and the outputs' fixed parts.</summary>
    public const long BaseBytes = 100L << 20;

    public const long BytesPerRegion = 2_700;

    public const long BytesPerStateSlot = 1_900;

    /// <summary>The recorder's per-chunk flow buffers: four whole numbers per state slot and chunk, with their overhead.</summary>
    public const long BytesPerStateSlotPerChunk = 44;

    /// <summary>One row of the state time series, kept in memory and copied once when written.</summary>
    public const long BytesPerStateRow = 1_300;

    /// <summary>The most regions a world may have: 2^24, beyond any map the model's indices and outputs are sized for.</summary>
    public const int MaxRegions = 1 << 24;

    /// <summary>The estimated peak memory of a run, in bytes.</summary>
    public static long Estimate(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        double regions = WorldFactory.RegionCount(scenario);
        double initial = WorldFactory.InitialStateCount(scenario);
        double slots = Math.Max(initial, WorldFactory.StateCapacity(scenario));
        var chunks = Math.Max(1, Math.Ceiling(regions / RegionParallel.ChunkSize));
        double periods = scenario.Output.Cadence == OutputCadence.Monthly ? scenario.Ticks : scenario.Years;
        var bytes = BaseBytes
            + (regions * BytesPerRegion)
            + (slots * BytesPerStateSlot)
            + (slots * chunks * BytesPerStateSlotPerChunk)
            + (initial * periods * BytesPerStateRow);
        return bytes >= long.MaxValue ? long.MaxValue : (long)bytes;
    }

    /// <summary>A size in the units people read: MiB below a gibibyte, GiB above.</summary>
    public static string Describe(long bytes) =>
        bytes >= 1L << 30
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):N1} GiB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):N0} MiB");
}

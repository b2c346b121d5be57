namespace Westphalia.Scenarios;

/// <summary>
/// The memory a run of a scenario needs, estimated before anything is allocated, so that a world too large for the
/// machine is refused with the figure instead of exhausting the memory. The coefficients are peak resident sizes
/// measured on whole runs (docs/ODD.md, "Limits"): each region's arrays, each state slot's, the observation window's
/// flow sums (one set per thread at work, counted here as one per core), and each row of the state time series kept
/// until the end.
/// Against whole runs measured with <c>/usr/bin/time -f %M</c> the estimate is within about 15%.
/// </summary>
public static class WorldFootprint
{
    /// <summary>The runtime, the program and the outputs' fixed parts.</summary>
    public const long BaseBytes = 100L << 20;

    /// <summary>Each region's arrays (2,700 bytes measured with a 96-byte score per region that is no longer kept).</summary>
    public const long BytesPerRegion = 2_604;

    public const long BytesPerStateSlot = 1_900;

    /// <summary>
    /// The observation window's flow sums of one thread at work: a map from state slot to its place (4 bytes), and the
    /// states its regions belong to with four whole numbers each (36 bytes, in a list that doubles as it grows: up to 72).
    /// </summary>
    public const long BytesPerStateSlotPerThread = 76;

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
        double threads = Environment.ProcessorCount;
        double periods = scenario.Output.Cadence == OutputCadence.Monthly ? scenario.Ticks : scenario.Years;
        var bytes = BaseBytes
            + (regions * BytesPerRegion)
            + (slots * BytesPerStateSlot)
            + (slots * threads * BytesPerStateSlotPerThread)
            + (initial * periods * BytesPerStateRow);
        return bytes >= long.MaxValue ? long.MaxValue : (long)bytes;
    }

    /// <summary>A size in the units people read: MiB below a gibibyte, GiB above.</summary>
    public static string Describe(long bytes) =>
        bytes >= 1L << 30
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):N1} GiB")
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):N0} MiB");
}

namespace Westphalia.Scenarios;

/// <summary>
/// How much a scenario may ask for, checked before anything is built: the size of the file, how deep its YAML nests,
/// how many values it holds once aliases are expanded, how long one value may be, and how much memory the world it
/// describes may need. A scenario beyond any of them is refused with the figure and where it was written.
/// </summary>
public sealed record ScenarioLimits
{
    /// <summary>The largest scenario file or <c>--set</c> value read, in bytes (32 MiB).</summary>
    public long MaxFileBytes { get; init; } = 32L << 20;

    /// <summary>The deepest nesting of lists and mappings (a scenario needs five).</summary>
    public int MaxDepth { get; init; } = 64;

    /// <summary>The most YAML values (scalars, lists and mappings), counting each alias as the values it stands for.</summary>
    public long MaxNodes { get; init; } = 2_000_000;

    /// <summary>The longest single value or key, in characters.</summary>
    public int MaxScalarLength { get; init; } = 65_536;

    /// <summary>The longest text field without a length of its own (names), in characters.</summary>
    public int MaxTextLength { get; init; } = 200;

    /// <summary>The longest record (a line, or lines joined by a quoted line break) of a CSV file imported into the world, in characters.</summary>
    public int MaxRecordLength { get; init; } = 65_536;

    /// <summary>The memory a run may be estimated to need, in bytes (see <see cref="WorldFootprint"/>).</summary>
    public long MemoryBudgetBytes { get; init; } = DefaultMemoryBudget();

    /// <summary>The limits of this process: four fifths of the memory the runtime may use (the machine's, a container's or <c>DOTNET_GCHeapHardLimit</c>).</summary>
    public static ScenarioLimits Default { get; } = new();

    private static long DefaultMemoryBudget()
    {
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        return available > 0 ? available / 5 * 4 : long.MaxValue;
    }
}

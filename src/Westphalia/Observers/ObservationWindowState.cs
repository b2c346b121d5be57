using MemoryPack;

namespace Westphalia.Observers;

/// <summary>What a checkpoint carries of the <see cref="ObservationWindow"/>: the sums of the open window (scores are recomputed when it closes).</summary>
[MemoryPackable]
internal sealed partial class ObservationWindowState
{
    /// <summary>Each state's flows over the window, <see cref="ObservationWindow.FlowCount"/> per state.</summary>
    public long[] StateFlows { get; set; } = [];

    /// <summary>Each region's violent deaths over the window.</summary>
    public long[] RegionViolentDeaths { get; set; } = [];

    /// <summary>The months in the window.</summary>
    public int Months { get; set; }

    /// <summary>Whether the last tick observed closed the window (the next one starts a new one).</summary>
    public bool Closed { get; set; }
}

using MemoryPack;
using Westphalia.Conflict;
using Westphalia.Metrics;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="CivilWar"/>: the run's civil wars, its country-year panel and the per-state memory of the onset hazard.</summary>
[MemoryPackable]
internal sealed partial class CivilWarState
{
    /// <summary>Every civil war of the run, in order of outbreak; a war's id is its index.</summary>
    public List<CivilConflict> Conflicts { get; set; } = [];

    /// <summary>The country-year panel: one row per living state per January.</summary>
    /// <summary>Per state: the tick its last civil war ended.</summary>
    public int[] LastWarEnd { get; set; } = [];

    /// <summary>Per state: the tick it last lost territory or income (political instability).</summary>
    public int[] InstabilityTick { get; set; } = [];

    /// <summary>Per state: income per capita and regions last January.</summary>
    public double[] LastIncome { get; set; } = [];

    public int[] LastRegions { get; set; } = [];

    /// <summary>Per state: the decaying stock of civilians its government has killed, and those killed this year.</summary>
    public double[] Repression { get; set; } = [];

    public long[] KillingsThisYear { get; set; } = [];

    /// <summary>Per state: the tick of the last mass atrocity (by either side).</summary>
    public int[] LastAtrocityTick { get; set; } = [];

    /// <summary>Each slot's founding tick as last seen: a change means a new state took the slot.</summary>
    public int[] Founded { get; set; } = [];
}

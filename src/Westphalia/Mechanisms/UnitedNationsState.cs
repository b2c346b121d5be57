using MemoryPack;
using Westphalia.Events;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="UnitedNations"/>: the Council's seats, its agenda, its counts and the measures in force.</summary>
[MemoryPackable]
internal sealed partial class UnitedNationsState
{
    /// <summary>Per state: whether it holds a permanent seat.</summary>
    public bool[] Permanent { get; set; } = [];

    /// <summary>Per state: the tick an elected member's term ends; −1 off the Council.</summary>
    public int[] TermEnds { get; set; } = [];

    /// <summary>Per state: the January an elected member's last term ended (no immediate re-election, Art. 23(2)).</summary>
    public int[] LastTermEnded { get; set; } = [];

    /// <summary>Per state: how many times the Council overrode its sovereignty.</summary>

    /// <summary>All overrides of sovereignty in the run.</summary>
    public int SovereigntyOverrides { get; set; }

    /// <summary>What happened since the last sitting that the Council takes up, in the order it was published.</summary>
    [EventListFormatter]
    public List<SimulationEvent> Happened { get; set; } = [];

    /// <summary>Drafts tabled and resolutions adopted so far (the numbers of the next).</summary>
    public int Drafts { get; set; }

    public int Resolutions { get; set; }

    /// <summary>Whether the Council has first sat.</summary>
    public bool Seated { get; set; }

    /// <summary>The measures in force.</summary>
    public List<UnResolution> InForce { get; set; } = [];
}

using MemoryPack;
using Westphalia.Conflict;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="InterstateWar"/>.</summary>
[MemoryPackable]
internal sealed partial class InterstateWarState
{
    /// <summary>The number in the name of the last state that emerged (<c>State {n}</c>).</summary>
    public int NextName { get; set; }

    /// <summary>Each slot's founding tick as last seen, to notice states founded by other mechanisms.</summary>
    public int[] Founded { get; set; } = [];

    /// <summary>States founded since the fronts were last rebuilt.</summary>
    public SortedSet<int> NewStates { get; set; } = [];

    /// <summary>Both sides of every border between states, in the order the fronts were built.</summary>
    public List<Front> Fronts { get; set; } = [];

    /// <summary>Every war of the run.</summary>
    public WarRegistry Wars { get; set; } = new();
}

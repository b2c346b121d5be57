using MemoryPack;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="Treaties"/>: the treaties in force (the world's <see cref="TreatyRegistry"/>) and the distrust broken treaties left.</summary>
[MemoryPackable]
internal sealed partial class TreatiesState
{
    /// <summary>The treaties in force, in the order they were signed: the list the world's registry holds.</summary>
    public List<Treaty> InForce { get; set; } = [];

    /// <summary>Pairs (key) that may not negotiate again before a tick (value): distrust after detected cheating.</summary>
    public SortedDictionary<long, int> Distrust { get; set; } = [];
}

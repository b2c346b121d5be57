using MemoryPack;

namespace Westphalia.Mechanisms;

/// <summary>What a checkpoint carries of <see cref="Alliances"/>.</summary>
[MemoryPackable]
internal sealed partial class AlliancesState
{
    /// <summary>The id the next alliance founded will take.</summary>
    public int NextId { get; set; }
}

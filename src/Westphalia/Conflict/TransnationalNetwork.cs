using MemoryPack;

namespace Westphalia.Conflict;

/// <summary>
/// One transnational network: a terror or crime organisation that formed in one region and may hold cells in many regions
/// of many states. Its id is its index in <see cref="Mechanisms.TransnationalThreats.Networks"/>.
/// </summary>
[MemoryPackable]
public sealed partial class TransnationalNetwork
{
    public int Id { get; init; }

    public NetworkKind Kind { get; init; }

    /// <summary>The region it formed in.</summary>
    public int OriginRegion { get; init; }

    /// <summary>The state that owned the region it formed in.</summary>
    public int OriginState { get; init; }

    public string Name { get; init; } = "";

    public int FormedTick { get; init; }

    /// <summary>Tick its last cell was dismantled; −1 while it has cells.</summary>
    public int EndTick { get; set; } = -1;

    /// <summary>Regions where it has a cell now.</summary>
    public int Cells { get; set; }

    /// <summary>Regions where it has ever had a cell (its origin included).</summary>
    public int CellsEver { get; set; }

    /// <summary>Attacks carried out (terror) or turf fights fought (crime).</summary>
    public int Attacks { get; set; }

    /// <summary>Attacks foiled by the police.</summary>
    public int Interdicted { get; set; }

    /// <summary>People its attacks or its turf fights killed.</summary>
    public long Deaths { get; set; }

    /// <summary>
    /// A terror network's members, organised in groups that coalesce and are broken up: the size of each group, in a
    /// list whose order the coalescence–fragmentation process keeps (docs/ODD.md §7.18.7); empty for a crime network and
    /// once the network has ended.
    /// </summary>
    public List<int> Groups { get; set; } = [];

    [MemoryPackIgnore]
    public bool IsActive => EndTick < 0;
}

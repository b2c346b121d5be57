using MemoryPack;

namespace Westphalia.Conflict;

/// <summary>A state's part in a war, in the terms of the Correlates of War participant records.</summary>
[MemoryPackable]
public sealed partial class WarParticipant(int state, string name, int side, int joinTick, bool initiator, int regionsAtJoin)
{
    public int State { get; } = state;

    /// <summary>The state's name when it joined (a state slot can later hold another state).</summary>
    public string Name { get; } = name;

    /// <summary>1 or 2.</summary>
    public int Side { get; internal set; } = side;

    public int JoinTick { get; internal set; } = joinTick;

    public int LastBattleTick { get; internal set; } = joinTick;

    public bool Initiator { get; } = initiator;

    public int RegionsAtJoin { get; } = regionsAtJoin;

    /// <summary>Its battle deaths: the whole deaths of the battles it fought, on its side.</summary>
    public long BattleDeaths { get; internal set; }

    /// <summary>Regions held when the war ended (or when the state died).</summary>
    public int RegionsAtEnd { get; internal set; } = -1;

    /// <summary>Whether the state died during the war.</summary>
    public bool Died { get; internal set; }
}

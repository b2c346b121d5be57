using MemoryPack;

namespace Westphalia.Conflict;

/// <summary>
/// One war: a cluster of states linked by fighting, which grows as states join and merges with wars its members'
/// enemies already fight (GeoSim's war clusters, Cederman 2003). It ends when none of its members has fought for
/// the war shadow.
/// </summary>
[MemoryPackable]
public sealed partial class War(int id, int startTick)
{
    public int Id { get; } = id;

    public int StartTick { get; internal set; } = startTick;

    /// <summary>Tick of the last battle; −1 while the war goes on.</summary>
    public int EndTick { get; internal set; } = -1;

    /// <summary>Tick of the most recent battle.</summary>
    public int LastBattleTick { get; internal set; } = startTick;

    /// <summary>
    /// Battle deaths of all its battles, and of the wars merged into it: the sum of the whole deaths of each battle,
    /// decided where the battle is fought (GeoSim's war severity, in battle deaths).
    /// </summary>
    public long BattleDeaths { get; internal set; }

    /// <summary>The war this one was merged into; −1 if it stands on its own.</summary>
    public int MergedInto { get; internal set; } = -1;

    public List<WarParticipant> Participants { get; init; } = [];

    [MemoryPackIgnore]
    public bool IsOngoing => EndTick < 0 && MergedInto < 0;

    /// <summary>The participant record of the state now in this slot (a dead state's record never matches a successor).</summary>
    public WarParticipant? Find(int state) => Participants.FindLast(p => p.State == state && !p.Died);
}

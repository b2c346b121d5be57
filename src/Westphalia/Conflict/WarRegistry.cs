using MemoryPack;
using Westphalia.Parameters;

namespace Westphalia.Conflict;

/// <summary>Every war of a run, and which war each state is fighting in.</summary>
[MemoryPackable]
public sealed partial class WarRegistry
{
    public List<War> Wars { get; init; } = [];

    /// <summary>
    /// The sizes (battle deaths) of the wars that have ended and began at <paramref name="startedFrom"/> or later,
    /// merged wars counted once.
    /// </summary>
    public List<double> EndedWarSizes(int startedFrom = 0) =>
        [.. Wars.Where(w => w.MergedInto < 0 && w.EndTick >= 0 && w.StartTick >= startedFrom).Select(w => (double)w.BattleDeaths)];

    /// <summary>
    /// Records a battle between <paramref name="attacker"/> and <paramref name="defender"/>, starting, joining or merging
    /// wars, with the whole battle deaths of each side as the battle decided them.
    /// </summary>
    public War RecordBattle(World world, int attacker, int defender, int tick, long defenderDeaths, long attackerDeaths = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(defenderDeaths);
        ArgumentOutOfRangeException.ThrowIfNegative(attackerDeaths);
        ArgumentNullException.ThrowIfNull(world);
        var states = world.States;
        var a = Current(states, attacker);
        var d = Current(states, defender);
        War war;
        if (a is null && d is null)
        {
            war = new War(Wars.Count, tick);
            Wars.Add(war);
            Join(world, war, attacker, 1, tick, initiator: true);
            Join(world, war, defender, 2, tick, initiator: false);
        }
        else if (a is not null && d is not null && a != d)
        {
            war = Merge(states, a.Id < d.Id ? a : d, a.Id < d.Id ? d : a);
        }
        else
        {
            war = a ?? d!;
        }

        var attackerPart = Rejoin(states, war, attacker) ?? Join(world, war, attacker, OppositeOf(war, defender), tick, initiator: false);
        var defenderPart = Rejoin(states, war, defender) ?? Join(world, war, defender, 3 - attackerPart.Side, tick, initiator: false);
        attackerPart.LastBattleTick = tick;
        defenderPart.LastBattleTick = tick;
        defenderPart.BattleDeaths += defenderDeaths;
        attackerPart.BattleDeaths += attackerDeaths;
        war.BattleDeaths += defenderDeaths + attackerDeaths;
        war.LastBattleTick = tick;
        states.LastFought[attacker] = tick;
        states.LastFought[defender] = tick;
        return war;
    }

    /// <summary>
    /// Ends every war none of whose members has fought for longer than the war shadow. With
    /// <see cref="WarShadowScope.War"/> the shadow applies to the war as a whole: a member stays in its war while any
    /// member fights. With <see cref="WarShadowScope.State"/> each member leaves once its own last battle is more than
    /// the shadow old (its regions at that moment are its regions at the end); a later battle against a member still
    /// in the war brings it back, and one against anyone else starts a new war.
    /// </summary>
    public void Expire(World world, int tick, int shadow, WarShadowScope scope = WarShadowScope.War, Action<War>? ended = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        var states = world.States;
        foreach (var war in Wars)
        {
            if (!war.IsOngoing)
            {
                continue;
            }

            if (scope == WarShadowScope.State)
            {
                foreach (var p in war.Participants)
                {
                    if (states.CurrentWar[p.State] == war.Id && !p.Died && tick - p.LastBattleTick > shadow)
                    {
                        states.CurrentWar[p.State] = -1;
                        p.RegionsAtEnd = states.Alive[p.State] ? states.RegionCount[p.State] : 0;
                    }
                }
            }

            if (tick - war.LastBattleTick <= shadow)
            {
                continue;
            }

            war.EndTick = war.LastBattleTick;
            foreach (var p in war.Participants)
            {
                if (states.CurrentWar[p.State] == war.Id)
                {
                    states.CurrentWar[p.State] = -1;
                }

                if (p.RegionsAtEnd < 0)
                {
                    p.RegionsAtEnd = states.Alive[p.State] ? states.RegionCount[p.State] : 0;
                }
            }

            ended?.Invoke(war);
        }
    }

    /// <summary>Marks a participant as dead in its war (its regions at the end are zero).</summary>
    public void RecordDeath(World world, int state)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (Current(world.States, state) is { } war && war.Find(state) is { } p)
        {
            p.Died = true;
            p.RegionsAtEnd = 0;
        }

        world.States.CurrentWar[state] = -1;
    }

    private War? Current(StateTable states, int state)
    {
        var id = states.CurrentWar[state];
        if (id < 0)
        {
            return null;
        }

        var war = Wars[id];
        while (war.MergedInto >= 0)
        {
            war = Wars[war.MergedInto];
        }

        return war.IsOngoing ? war : null;
    }

    /// <summary>
    /// The state's record in the war, if it has one; a member that had left under a per-state war shadow is back in
    /// (with the whole-war shadow a member never leaves before its war ends, so this changes nothing).
    /// </summary>
    private static WarParticipant? Rejoin(StateTable states, War war, int state)
    {
        var p = war.Find(state);
        if (p is not null && states.CurrentWar[state] != war.Id)
        {
            states.CurrentWar[state] = war.Id;
            p.RegionsAtEnd = -1;
        }

        return p;
    }

    private static int OppositeOf(War war, int state) => war.Find(state) is { } p ? 3 - p.Side : 1;

    private WarParticipant Join(World world, War war, int state, int side, int tick, bool initiator)
    {
        var p = new WarParticipant(state, world.States.Name[state], side, tick, initiator, world.States.RegionCount[state]);
        war.Participants.Add(p);
        world.States.CurrentWar[state] = war.Id;
        return p;
    }

    private static War Merge(StateTable states, War into, War from)
    {
        from.MergedInto = into.Id;
        into.StartTick = Math.Min(into.StartTick, from.StartTick);
        into.LastBattleTick = Math.Max(into.LastBattleTick, from.LastBattleTick);
        into.BattleDeaths += from.BattleDeaths;
        foreach (var p in from.Participants)
        {
            // A state in both wars keeps its record in the surviving war, with the deaths of both; a dead state's
            // record is always one the surviving war lacks (a living record of its slot is a successor's).
            if (!p.Died && into.Find(p.State) is { } same)
            {
                same.BattleDeaths += p.BattleDeaths;
            }
            else
            {
                into.Participants.Add(p);
            }

            states.CurrentWar[p.State] = into.Id;
        }

        from.Participants.Clear();
        return into;
    }
}

using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The war list in the layout of the Correlates of War Inter-State War Data v4.0 participant file (Sarkees &amp; Wayman
/// 2010): its 25 columns, names and order, one row per participant of every war that reached COW's threshold of 1,000
/// battle deaths, with COW's codes (−7 ongoing, −8 not applicable, −9 unknown). Wars below the threshold are militarised
/// disputes (<see cref="DisputeListWriter"/>). <c>WarNum</c> is the war's id + 1, so that a number names the same war in
/// the war list, the dispute list (<c>dispnum</c>) and the violence list (<c>war-N</c> is number N + 1).
/// </summary>
public static class WarListWriter
{
    /// <summary>COW's threshold: battle deaths, among all participants, from which an inter-state conflict is a war.</summary>
    public const long Threshold = 1000;

    /// <summary>COW outcome codes used here.</summary>
    public const int Winner = 1;
    public const int Loser = 2;
    public const int CompromiseOrTied = 3;
    public const int Ongoing = 5;

    /// <summary>The version of the COW data whose layout is written (<c>Version</c>), as COW's file has it: 4.</summary>
    public const int Version = 4;

    /// <summary>The wars that stand on their own (not merged into another) and have participants.</summary>
    public static IEnumerable<War> Listed(WarRegistry wars)
    {
        ArgumentNullException.ThrowIfNull(wars);
        return wars.Wars.Where(w => w.MergedInto < 0 && w.Participants.Count > 0);
    }

    /// <summary>Whether a war reached COW's threshold of 1,000 battle deaths (else it is a militarised dispute).</summary>
    public static bool IsWar(War war)
    {
        ArgumentNullException.ThrowIfNull(war);
        return war.BattleDeaths >= Threshold;
    }

    /// <summary>
    /// Builds the list. With <paramref name="events"/> (the violence list), <c>WhereFought</c> is COW's region of the
    /// states in whose territory the war's battles were fought; without it, or where any of them has no code, −9.
    /// </summary>
    public static Table Build(WarRegistry wars, World world, int startYear, IReadOnlyList<ViolenceEvent>? events = null)
    {
        ArgumentNullException.ThrowIfNull(wars);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("wars",
        [
            ("WarNum", ColumnKind.Int), ("WarName", ColumnKind.Text), ("WarType", ColumnKind.Int), ("ccode", ColumnKind.Int),
            ("StateName", ColumnKind.Text), ("Side", ColumnKind.Int),
            ("StartMonth1", ColumnKind.Int), ("StartDay1", ColumnKind.Int), ("StartYear1", ColumnKind.Int),
            ("EndMonth1", ColumnKind.Int), ("EndDay1", ColumnKind.Int), ("EndYear1", ColumnKind.Int),
            ("StartMonth2", ColumnKind.Int), ("StartDay2", ColumnKind.Int), ("StartYear2", ColumnKind.Int),
            ("EndMonth2", ColumnKind.Int), ("EndDay2", ColumnKind.Int), ("EndYear2", ColumnKind.Int),
            ("TransFrom", ColumnKind.Int), ("WhereFought", ColumnKind.Int), ("Initiator", ColumnKind.Int), ("Outcome", ColumnKind.Int),
            ("TransTo", ColumnKind.Int), ("BatDeath", ColumnKind.Long), ("Version", ColumnKind.Int),
        ]);
        var states = world.States;
        var whereFought = events is null ? [] : WhereFought(events, wars, states);
        foreach (var war in Listed(wars).Where(IsWar))
        {
            var name = Name(war);
            var where = whereFought.GetValueOrDefault(war.Id, FieldCodes.Unknown);
            foreach (var p in war.Participants)
            {
                table["WarNum"].Ints.Add(war.Id + 1);
                table["WarName"].Texts.Add(name);
                table["WarType"].Ints.Add(1); // inter-state war
                table["ccode"].Ints.Add(FieldCodes.CowCode(states, p.State, p.JoinTick) ?? FieldCodes.Unknown);
                table["StateName"].Texts.Add(p.Name);
                table["Side"].Ints.Add(p.Side);
                table["StartMonth1"].Ints.Add(Month(p.JoinTick));
                table["StartDay1"].Ints.Add(FieldCodes.Unknown);
                table["StartYear1"].Ints.Add(ViolenceEventWriter.Year(p.JoinTick, startYear));
                var end = war.IsOngoing ? -1 : Math.Min(Math.Max(p.LastBattleTick, p.JoinTick), war.EndTick);
                table["EndMonth1"].Ints.Add(end < 0 ? FieldCodes.Ongoing : Month(end));
                table["EndDay1"].Ints.Add(end < 0 ? FieldCodes.Ongoing : FieldCodes.Unknown);
                table["EndYear1"].Ints.Add(end < 0 ? FieldCodes.Ongoing : ViolenceEventWriter.Year(end, startYear));
                foreach (var column in (string[])["StartMonth2", "StartDay2", "StartYear2", "EndMonth2", "EndDay2", "EndYear2", "TransFrom"])
                {
                    table[column].Ints.Add(FieldCodes.NotApplicable);
                }

                table["WhereFought"].Ints.Add(where);
                table["Initiator"].Ints.Add(p.Initiator ? 1 : 2);
                table["Outcome"].Ints.Add(Outcome(war, p, world));
                table["TransTo"].Ints.Add(FieldCodes.NotApplicable);
                table["BatDeath"].Longs.Add(p.BattleDeaths);
                table["Version"].Ints.Add(Version);
            }
        }

        return table;
    }

    /// <summary>"War of A and B": A the initiator (or the first participant), B the first on the other side; "(+n)" when n more took part.</summary>
    public static string Name(War war)
    {
        ArgumentNullException.ThrowIfNull(war);
        var first = war.Participants.FirstOrDefault(p => p.Initiator) ?? war.Participants[0];
        var second = war.Participants.FirstOrDefault(p => p.Side != first.Side);
        var name = second is null ? $"War of {first.Name}" : $"War of {first.Name} and {second.Name}";
        return war.Participants.Count > 2 ? $"{name} (+{war.Participants.Count - 2})" : name;
    }

    /// <summary>The calendar month (1-12) of a tick.</summary>
    public static int Month(int tick) => (tick % 12) + 1;

    /// <summary>Died: loser; gained regions: winner; lost regions: loser; neither: compromise or tie; not over: ongoing.</summary>
    public static int Outcome(War war, WarParticipant p, World world)
    {
        ArgumentNullException.ThrowIfNull(war);
        ArgumentNullException.ThrowIfNull(p);
        ArgumentNullException.ThrowIfNull(world);
        if (war.IsOngoing)
        {
            return Ongoing;
        }

        if (p.Died)
        {
            return Loser;
        }

        var end = p.RegionsAtEnd >= 0 ? p.RegionsAtEnd : world.States.RegionCount[p.State];
        return end > p.RegionsAtJoin ? Winner : end < p.RegionsAtJoin ? Loser : CompromiseOrTied;
    }

    /// <summary>
    /// COW's <c>WhereFought</c> of each war (by id) that fought a battle: the COW regions of the states whose regions its
    /// battles (those of wars merged into it included) were fought in, by their COW code, else their Gleditsch–Ward
    /// number; −9 if any of those states has neither.
    /// </summary>
    private static Dictionary<int, int> WhereFought(IReadOnlyList<ViolenceEvent> events, WarRegistry wars, StateTable states)
    {
        var regions = new Dictionary<int, HashSet<int>?>();
        foreach (var e in events)
        {
            if (!ViolenceCoding.TryNumber(ViolenceCoding.Canonical(e.Conflict, wars), "war-", out var id))
            {
                continue;
            }

            if (!regions.TryGetValue(id, out var set))
            {
                set = [];
                regions.Add(id, set);
            }

            if (set is null)
            {
                continue;
            }

            var code = FieldCodes.CowCode(states, e.State, e.Tick) ?? FieldCodes.GwCode(states, e.State, e.Tick);
            if (code is { } c && FieldCodes.CowRegion(c) is { } region)
            {
                set.Add(region);
            }
            else
            {
                regions[id] = null;
            }
        }

        return regions.ToDictionary(p => p.Key, p => p.Value is { Count: > 0 } set ? FieldCodes.WhereFought(set) : FieldCodes.Unknown);
    }
}

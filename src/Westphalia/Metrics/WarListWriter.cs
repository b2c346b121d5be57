using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The war list in the layout of the Correlates of War inter-state war data (Sarkees &amp; Wayman 2010): one row per
/// participant, with the war's number and name, the participant's side, its entry and exit dates, whether it
/// initiated, its outcome code and its battle deaths, as the war registry counted them battle by battle (the same whole
/// deaths the battles logged in the violence list).
/// </summary>
public static class WarListWriter
{
    /// <summary>COW outcome codes used here.</summary>
    public const int Winner = 1;
    public const int Loser = 2;
    public const int CompromiseOrTied = 3;
    public const int Ongoing = 5;

    /// <summary>COW's code for the end date of a war still going on.</summary>
    public const int OngoingDate = -7;

    public static Table Build(WarRegistry wars, World world, int startYear)
    {
        ArgumentNullException.ThrowIfNull(wars);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("wars",
        [
            ("war_num", ColumnKind.Int), ("war_name", ColumnKind.Text), ("war_type", ColumnKind.Int), ("ccode", ColumnKind.Int),
            ("state_name", ColumnKind.Text), ("side", ColumnKind.Int),
            ("start_month", ColumnKind.Int), ("start_year", ColumnKind.Int), ("end_month", ColumnKind.Int), ("end_year", ColumnKind.Int),
            ("initiator", ColumnKind.Int), ("outcome", ColumnKind.Int), ("bat_death", ColumnKind.Long), ("war_bat_death", ColumnKind.Long),
        ]);
        foreach (var war in wars.Wars.Where(w => w.MergedInto < 0 && w.Participants.Count > 0))
        {
            var first = war.Participants.FirstOrDefault(p => p.Initiator) ?? war.Participants[0];
            var second = war.Participants.FirstOrDefault(p => p.Side != first.Side);
            var name = second is null ? $"War of {first.Name}" : $"War of {first.Name} and {second.Name}";
            var end = war.EndTick;
            foreach (var p in war.Participants)
            {
                table["war_num"].Ints.Add(war.Id + 1);
                table["war_name"].Texts.Add(war.Participants.Count > 2 ? $"{name} (+{war.Participants.Count - 2})" : name);
                table["war_type"].Ints.Add(1); // inter-state war
                table["ccode"].Ints.Add(p.State);
                table["state_name"].Texts.Add(p.Name);
                table["side"].Ints.Add(p.Side);
                table["start_month"].Ints.Add((p.JoinTick % 12) + 1);
                table["start_year"].Ints.Add(startYear + (p.JoinTick / 12));
                table["end_month"].Ints.Add(end < 0 ? OngoingDate : (end % 12) + 1);
                table["end_year"].Ints.Add(end < 0 ? OngoingDate : startYear + (end / 12));
                table["initiator"].Ints.Add(p.Initiator ? 1 : 2);
                table["outcome"].Ints.Add(Outcome(war, p, world));
                table["bat_death"].Longs.Add(p.BattleDeaths);
                table["war_bat_death"].Longs.Add(war.BattleDeaths);
            }
        }

        return table;
    }

    /// <summary>Died: loser; gained regions: winner; lost regions: loser; neither: compromise or tie; not over: ongoing.</summary>
    private static int Outcome(War war, WarParticipant p, World world)
    {
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
}

using Westphalia.Conflict;
using Westphalia.Mechanisms;

namespace Westphalia.Metrics;

/// <summary>
/// The civil-war list: one row per civil war of the run, in order of outbreak, with the state and the rebels, what
/// they fought for, when it began and ended, how it ended, battle deaths by side, civilians killed by each side, the
/// patrons that armed each side and the state founded by secession.
/// </summary>
public static class CivilWarListWriter
{
    /// <summary>Builds the list; <paramref name="lastTick"/> is the run's last month, to which an ongoing war's duration runs.</summary>
    public static Table Build(IReadOnlyList<CivilConflict> conflicts, World world, int startYear, int lastTick)
    {
        ArgumentNullException.ThrowIfNull(conflicts);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("civil_wars",
        [
            ("id", ColumnKind.Int), ("state_id", ColumnKind.Int), ("state_name", ColumnKind.Text), ("rebels", ColumnKind.Text),
            ("aim", ColumnKind.Text), ("start", ColumnKind.Date), ("end", ColumnKind.Date), ("duration_years", ColumnKind.Double),
            ("outcome", ColumnKind.Text), ("battle_deaths", ColumnKind.Long), ("government_battle_deaths", ColumnKind.Long),
            ("rebel_battle_deaths", ColumnKind.Long), ("civilians_killed_by_government", ColumnKind.Long),
            ("civilians_killed_by_rebels", ColumnKind.Long), ("government_patron", ColumnKind.Text), ("rebel_patron", ColumnKind.Text),
            ("arms_dollars", ColumnKind.Double), ("new_state", ColumnKind.Text),
        ],
        nullable: ["end", "government_patron", "rebel_patron", "new_state"]);
        foreach (var war in conflicts)
        {
            var last = war.IsOngoing ? lastTick : war.EndTick;
            table["id"].Ints.Add(war.Id);
            table["state_id"].Ints.Add(war.State);
            table["state_name"].Texts.Add(war.StateName);
            table["rebels"].Texts.Add(war.RebelName);
            table["aim"].Texts.Add(war.Aim == CivilWarAim.Territory ? "territory" : "government");
            table["start"].Dates.Add(ViolenceEventWriter.FirstDay(war.StartTick, startYear));
            table["end"].Add(war.IsOngoing ? null : ViolenceEventWriter.LastDay(war.EndTick, startYear));
            table["duration_years"].Doubles.Add(war.DurationYears(lastTick));
            table["outcome"].Texts.Add(CivilWar.OutcomeName(war.Outcome));
            table["battle_deaths"].Longs.Add(war.BattleDeaths);
            table["government_battle_deaths"].Longs.Add(war.GovernmentBattleDeaths);
            table["rebel_battle_deaths"].Longs.Add(war.RebelBattleDeaths);
            table["civilians_killed_by_government"].Longs.Add(war.GovernmentKillings);
            table["civilians_killed_by_rebels"].Longs.Add(war.RebelKillings);
            table["government_patron"].Add(NameAt(world, war.GovernmentPatron, last));
            table["rebel_patron"].Add(NameAt(world, war.RebelPatron, last));
            table["arms_dollars"].Doubles.Add(war.Arms);
            table["new_state"].Add(NameAt(world, war.NewState, war.EndTick));
        }

        return table;
    }

    /// <summary>
    /// The name of the state in <paramref name="slot"/> if it existed by <paramref name="tick"/>; null for no state
    /// (−1), or when the state has since died and its slot been taken by a new one (the world keeps only current names).
    /// </summary>
    private static string? NameAt(World world, int slot, int tick) =>
        slot >= 0 && world.States.FoundedTick[slot] >= 0 && world.States.FoundedTick[slot] <= tick ? world.States.Name[slot] : null;
}

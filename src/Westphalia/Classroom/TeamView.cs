namespace Westphalia.Classroom;

/// <summary>
/// What a team may see at a turn: its own state in full, and every other state as far as the model lets it. The rule
/// is deliberately simple: an alliance partner is seen in full (allies share what they know); a state that, like the
/// team's own, shares its police's findings through Interpol (both members, both sharing above 0) shows its police
/// share, its sharing and whether it is at civil war; every other state shows only its public row (name, alive,
/// regions, alliance), with the hidden fields null. Intelligence beyond this (espionage, satellites) is not modelled.
/// </summary>
public sealed record TeamView(string Team, int Turn, StateRow Own, IReadOnlyList<StateRow> Others)
{
    /// <summary>The view of the state in slot <paramref name="own"/> of <paramref name="world"/>.</summary>
    public static TeamView Of(World world, int own, string team, int turn)
    {
        ArgumentNullException.ThrowIfNull(world);
        var states = world.States;
        var others = new List<StateRow>();
        for (var s = 0; s < states.Count; s++)
        {
            if (s == own || states.FoundedTick[s] < 0)
            {
                continue;
            }

            others.Add(states.Allied(own, s) ? Full(states, s) : SharesWith(states, own, s) ? Interpol(states, s) : Public(states, s));
        }

        return new TeamView(team, turn, Full(states, own), others);
    }

    private static bool SharesWith(StateTable states, int own, int other) =>
        states.InterpolMember[own] && states.InterpolMember[other] && states.InformationSharing[own] > 0 && states.InformationSharing[other] > 0;

    private static StateRow Public(StateTable states, int s) =>
        new(s, states.Name[s], states.Alive[s], states.RegionCount[s], states.Alliance[s]);

    private static StateRow Interpol(StateTable states, int s) =>
        Public(states, s) with { PoliceShare = states.PoliceBudgetShare[s], Sharing = states.InformationSharing[s], AtCivilWar = states.CivilWar[s] >= 0 };

    private static StateRow Full(StateTable states, int s) =>
        Public(states, s) with
        {
            Population = states.Population[s],
            Output = states.Output[s],
            MilitaryCapability = states.MilitaryCapability[s],
            TaxRate = states.TaxRate[s],
            MilitaryShare = states.MilitaryBudgetShare[s],
            WelfareShare = states.WelfareBudgetShare[s],
            PoliceShare = states.PoliceBudgetShare[s],
            AidShare = states.AidBudgetShare[s],
            Protection = states.CivilianProtection[s],
            Sharing = states.InformationSharing[s],
            AtCivilWar = states.CivilWar[s] >= 0,
        };
}

namespace Westphalia.Server.Play;

/// <summary>The key figures of a team's state at one moment, as the instructor's pages show them.</summary>
/// <param name="Team">The team (the state's name at the start).</param>
/// <param name="Alive">Whether the state still lives.</param>
/// <param name="Population">Its population.</param>
/// <param name="Output">Its economic output.</param>
/// <param name="MilitaryCapability">Its military capability.</param>
/// <param name="Regions">How many regions it holds.</param>
/// <param name="AtWar">Whether it fights an interstate war.</param>
/// <param name="AtCivilWar">Whether a civil war goes on in it.</param>
/// <param name="Protection">Its protection of civilians, 0 to 1 (a human-security figure).</param>
/// <param name="Welfare">The share of its budget spent on welfare (a human-security figure).</param>
/// <param name="LifeExpectancy">Its people's life expectancy after the last resolved turn (null before the first).</param>
/// <param name="Hsi">Its Human Security Index after the last resolved turn, 0 to 1 (null before the first).</param>
public sealed record TeamIndicators(
    string Team, bool Alive, long Population, double Output, double MilitaryCapability, int Regions, bool AtWar, bool AtCivilWar, double Protection, double Welfare,
    double? LifeExpectancy = null, double? Hsi = null)
{
    /// <summary>The figures of a team's state in a game now, with its people's scores after the last resolved turn.</summary>
    public static TeamIndicators Of(Westphalia.Classroom.Game game, string team)
    {
        ArgumentNullException.ThrowIfNull(game);
        var now = Of(game.Simulation.World.States, game.StateOf(team), team, game.IsAlive(team));
        return game.Resolved.Count == 0 || game.OutcomesOf(game.Resolved.Count).SingleOrDefault(o => o.Team == team) is not { } last
            ? now
            : now with { LifeExpectancy = last.Scores.LifeExpectancy, Hsi = last.Scores.Index };
    }

    /// <summary>
    /// The figures of the state in <paramref name="slot"/> of <paramref name="states"/>; <paramref name="alive"/> as the
    /// game knows it, or (null) read from the table, a slot now held by another state reading as dead.
    /// </summary>
    public static TeamIndicators Of(StateTable states, int slot, string team, bool? alive = null)
    {
        ArgumentNullException.ThrowIfNull(states);
        var living = alive ?? (states.Alive[slot] && string.Equals(states.Name[slot], team, StringComparison.Ordinal));
        return new TeamIndicators(
            team, living, states.Population[slot], states.Output[slot], states.MilitaryCapability[slot], states.RegionCount[slot],
            states.CurrentWar[slot] >= 0, states.CivilWar[slot] >= 0, states.CivilianProtection[slot], states.WelfareBudgetShare[slot]);
    }
}

using Westphalia.Doctrines;
using Westphalia.Metrics;

namespace Westphalia.Classroom;

/// <summary>
/// One state of the initial map at the end of a resolved turn, as a game records it (<see cref="Game.OutcomesOf"/>)
/// for the debrief: its state-level outcomes (alive, regions, population, forces in being, at war with another state,
/// at civil war) beside its people's (income per head, life expectancy, deaths from violence in the turn, and the Human
/// Security Index with its parts), its budget as applied in the turn's last month, and, for a team's state in a turn
/// with orders in force, how far that budget lies from what each built-in doctrine would have decided for the state.
/// </summary>
/// <param name="Turn">The turn, from 1.</param>
/// <param name="Tick">The first tick after the turn (the turn ran up to it).</param>
/// <param name="Id">The state's slot.</param>
/// <param name="State">The state's name.</param>
/// <param name="Team">The team that governs it; null for a computer-governed state.</param>
/// <param name="Doctrine">The doctrine column of the outputs (<see cref="TeamGovernment.GovernmentName"/> for a team).</param>
/// <param name="Alive">Whether the state lives.</param>
/// <param name="Regions">Regions it holds (0 once dead).</param>
/// <param name="Population">Its people.</param>
/// <param name="MilitaryCapability">Its forces in being.</param>
/// <param name="AtWar">Whether it takes part in an interstate war.</param>
/// <param name="AtCivilWar">Whether a civil war goes on in it.</param>
/// <param name="IncomePerCapita">Output per head, $/year.</param>
/// <param name="ViolentDeaths">Deaths from violence (war, civil war, one-sided violence, terrorism, crime) in its regions during the turn.</param>
/// <param name="Scores">
/// Human security of its people, population-weighted over its regions, over the observation window that the turn's
/// last month belongs to (the calendar year to date under the yearly output cadence: with 12-month turns from January,
/// the turn's year): life expectancy, food security, violent death rate, the indices and the HSI. All zero once dead.
/// </param>
/// <param name="Budget">Tax rate, budget shares, protection, sharing and peacekeeping as applied in the turn's last month.</param>
/// <param name="Orders">Whether the team had orders in force in the turn (its own, or its last ones under the repeat-last policy); false for a computer-governed state.</param>
/// <param name="Distances">
/// For a team's state with orders in force: the Euclidean distance, over the eight budget figures of
/// <paramref name="Budget"/>, to the policy each built-in doctrine would decide for the state at the turn's end; null otherwise.
/// </param>
public sealed record StateOutcome(
    int Turn,
    int Tick,
    int Id,
    string State,
    string? Team,
    string Doctrine,
    bool Alive,
    int Regions,
    long Population,
    double MilitaryCapability,
    bool AtWar,
    bool AtCivilWar,
    double IncomePerCapita,
    long ViolentDeaths,
    HumanSecurityScores Scores,
    Policy Budget,
    bool Orders,
    IReadOnlyDictionary<string, double>? Distances)
{
    /// <summary>The built-in doctrine nearest to the budget (least distance, ties to the first name in ordinal order); null without <see cref="Distances"/>.</summary>
    public string? Paradigm => Distances is { Count: > 0 } d ? d.OrderBy(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal).First().Key : null;

    /// <summary>The eight budget figures a paradigm is judged on: tax rate, military, welfare, police, aid, protection, sharing, peacekeeping.</summary>
    public static double[] Vector(in Policy policy) =>
        [policy.TaxRate, policy.Military, policy.Welfare, policy.Police, policy.Aid, policy.Protection, policy.Sharing, policy.Peacekeeping];

    /// <summary>The Euclidean distance between two policies' <see cref="Vector"/>s.</summary>
    public static double Distance(in Policy a, in Policy b)
    {
        var x = Vector(a);
        var y = Vector(b);
        var sum = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            sum += (x[i] - y[i]) * (x[i] - y[i]);
        }

        return Math.Sqrt(sum);
    }
}

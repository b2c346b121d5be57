using System.Globalization;
using System.Text;

namespace Westphalia.Classroom;

/// <summary>
/// The after-action review of a classroom game: for each team and each resolved turn, how its state fared (alive,
/// regions, population, forces in being, at war, at civil war) beside how its people fared (income per head, life
/// expectancy, deaths from violence, the Human Security Index and its parts), the same for the class as a whole (the
/// mean of the teams' states and the mean of the computer-governed states, <see cref="ClassOutcome"/>), and which
/// paradigm each team played: in each turn with orders in force, the built-in doctrine whose budget for the state lies
/// nearest to the team's (<see cref="StateOutcome.Paradigm"/>), and over the game the doctrine at the least mean
/// distance over those turns (<see cref="ParadigmOf"/>). Built from the outcomes the game records at each resolved turn
/// (<see cref="Game.OutcomesOf"/>), so it costs no replay.
/// </summary>
public sealed class Debrief
{
    /// <summary>The group of the teams' states in <see cref="Class"/>.</summary>
    public const string TeamsGroup = "teams";

    /// <summary>The group of the computer-governed states of the initial map in <see cref="Class"/>.</summary>
    public const string ComputerGroup = "computer";

    private readonly Dictionary<string, string?> _paradigms;

    private Debrief(IReadOnlyList<StateOutcome> teams, IReadOnlyList<ClassOutcome> @class, IReadOnlyList<string> doctrines)
    {
        Teams = teams;
        Class = @class;
        Doctrines = doctrines;
        _paradigms = teams.Select(t => t.Team!).Distinct(StringComparer.Ordinal).ToDictionary(t => t, Paradigm, StringComparer.Ordinal);
    }

    /// <summary>The teams' states after each resolved turn, by turn and then in the game's order of teams.</summary>
    public IReadOnlyList<StateOutcome> Teams { get; }

    /// <summary>The class's means after each resolved turn: the teams' states, then the computer-governed ones.</summary>
    public IReadOnlyList<ClassOutcome> Class { get; }

    /// <summary>The built-in doctrines the teams' budgets are compared with, in ordinal order.</summary>
    public IReadOnlyList<string> Doctrines { get; }

    /// <summary>The debrief of the turns a game has resolved so far.</summary>
    public static Debrief Of(Game game)
    {
        ArgumentNullException.ThrowIfNull(game);
        var teams = new List<StateOutcome>();
        var @class = new List<ClassOutcome>();
        for (var turn = 1; turn <= game.Resolved.Count; turn++)
        {
            var outcomes = game.OutcomesOf(turn);
            foreach (var team in game.Teams)
            {
                teams.Add(outcomes.Single(o => o.Team == team));
            }

            @class.Add(Mean(turn, TeamsGroup, [.. outcomes.Where(o => o.Team is not null)]));
            @class.Add(Mean(turn, ComputerGroup, [.. outcomes.Where(o => o.Team is null)]));
        }

        return new Debrief(teams, @class, Game.BuiltInDoctrines);
    }

    /// <summary>
    /// The paradigm a team played over the game: the built-in doctrine at the least mean distance from its budgets
    /// over the turns it had orders in force (ties to the first name in ordinal order); null when it never had orders.
    /// </summary>
    public string? ParadigmOf(string team) => _paradigms.GetValueOrDefault(team);

    private string? Paradigm(string team)
    {
        var turns = Teams.Where(t => t.Team == team && t.Distances is not null).ToList();
        return turns.Count == 0
            ? null
            : Doctrines.Select(d => (Name: d, Mean: turns.Average(t => t.Distances!.GetValueOrDefault(d, double.PositiveInfinity))))
                .OrderBy(x => x.Mean).ThenBy(x => x.Name, StringComparer.Ordinal).First().Name;
    }

    private static ClassOutcome Mean(int turn, string group, IReadOnlyList<StateOutcome> states)
    {
        double Of(Func<StateOutcome, double> value) => states.Count == 0 ? double.NaN : states.Average(value);
        var living = states.Where(s => s.Alive).ToList();
        double People(Func<StateOutcome, double> value) => living.Count == 0 ? double.NaN : living.Average(value);
        return new ClassOutcome(
            turn, group, states.Count, Of(s => s.Alive ? 1 : 0), Of(s => s.Regions), Of(s => s.Population), Of(s => s.MilitaryCapability),
            Of(s => s.AtWar ? 1 : 0), Of(s => s.AtCivilWar ? 1 : 0), People(s => s.IncomePerCapita), People(s => s.Scores.LifeExpectancy),
            People(s => s.ViolentDeaths), People(s => s.Scores.Index), People(s => s.Scores.FreedomFromWant), People(s => s.Scores.FreedomFromFear));
    }

    /// <summary>
    /// The debrief as CSV (invariant culture, "\n" line ends): a header, then one row per team per turn with its
    /// outcomes, its budget, whether it had orders, the nearest doctrine that turn (empty without orders), the distance
    /// to each built-in doctrine (<c>distance_NAME</c>), and the class's means of the teams' and the computer's HSI.
    /// </summary>
    public string ToCsv()
    {
        var inv = CultureInfo.InvariantCulture;
        var header = new List<string>
        {
            "team", "turn", "tick", "alive", "regions", "population", "military_capability", "at_war", "at_civil_war",
            "income_per_capita", "life_expectancy", "violent_deaths", "violent_death_rate", "income_index", "health_index", "food_index",
            "violence_index", "displacement_index", "freedom_from_want", "freedom_from_fear", "hsi",
            "tax_rate", "military", "welfare", "police", "aid", "protection", "sharing", "peacekeeping", "orders", "paradigm",
        };
        header.AddRange(Doctrines.Select(d => "distance_" + d));
        header.AddRange(["class_teams_hsi", "class_computer_hsi"]);
        var csv = new StringBuilder().AppendJoin(',', header).Append('\n');
        string N(double x) => double.IsNaN(x) ? "" : x.ToString("R", inv);
        string B(bool x) => x ? "true" : "false";
        foreach (var t in Teams)
        {
            var s = t.Scores;
            var b = t.Budget;
            var cells = new List<string>
            {
                Quote(t.Team!), t.Turn.ToString(inv), t.Tick.ToString(inv), B(t.Alive), t.Regions.ToString(inv), t.Population.ToString(inv),
                N(t.MilitaryCapability), B(t.AtWar), B(t.AtCivilWar), N(t.IncomePerCapita), N(s.LifeExpectancy), t.ViolentDeaths.ToString(inv),
                N(s.ViolentDeathRate), N(s.IncomeIndex), N(s.HealthIndex), N(s.FoodIndex), N(s.ViolenceIndex), N(s.DisplacementIndex),
                N(s.FreedomFromWant), N(s.FreedomFromFear), N(s.Index),
                N(b.TaxRate), N(b.Military), N(b.Welfare), N(b.Police), N(b.Aid), N(b.Protection), N(b.Sharing), N(b.Peacekeeping),
                B(t.Orders), t.Paradigm ?? "",
            };
            cells.AddRange(Doctrines.Select(d => t.Distances is { } dist && dist.TryGetValue(d, out var x) ? N(x) : ""));
            cells.Add(N(Class.First(c => c.Turn == t.Turn && c.Group == TeamsGroup).Hsi));
            cells.Add(N(Class.First(c => c.Turn == t.Turn && c.Group == ComputerGroup).Hsi));
            csv.AppendJoin(',', cells).Append('\n');
        }

        return csv.ToString();
    }

    private static string Quote(string text) =>
        text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
}

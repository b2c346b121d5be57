using Westphalia.Observers;

namespace Westphalia.Laboratory;

/// <summary>
/// The outcomes of docs/LABORATORY.md: state-level (the states of the initial map: survival, territory kept, wars,
/// battle deaths, military burden) and individual-level (the world's people in the last year: Human Security Index,
/// freedom from fear and want, violent deaths, displacement, income, life expectancy).
/// </summary>
public static class Outcomes
{
    public const string StateLevel = "state";
    public const string IndividualLevel = "individual";

    public static IReadOnlyList<Outcome> All { get; } =
    [
        new("survival", "states surviving", StateLevel, "share of the initial states", Survival),
        new("territory_kept", "territory kept", StateLevel, "mean share of the regions held at the first observation", TerritoryKept),
        new("interstate_wars", "interstate wars", StateLevel, "wars begun", s => Count(s, "war_started")),
        new("civil_wars", "civil wars", StateLevel, "wars begun", s => Count(s, "civil_war_started")),
        new("battle_deaths", "battle deaths", StateLevel, "people", BattleDeaths),
        new("military_burden", "military burden", StateLevel, "share of world output, mean over the years", MilitaryBurden),
        new("hsi", "Human Security Index", IndividualLevel, "index, last year", s => LastYear(s, "hsi")),
        new("freedom_from_fear", "freedom from fear", IndividualLevel, "index, last year", s => LastYear(s, "freedom_from_fear")),
        new("freedom_from_want", "freedom from want", IndividualLevel, "index, last year", s => LastYear(s, "freedom_from_want")),
        new("violent_death_rate", "violent deaths", IndividualLevel, "per 100,000 a year, last year", s => LastYear(s, "violent_death_rate")),
        new("displaced_share", "displaced", IndividualLevel, "share of people, last year", s => LastYear(s, "displaced_share")),
        new("income_per_capita", "income per head", IndividualLevel, "dollars a year, last year", s => LastYear(s, "income_per_capita")),
        new("life_expectancy", "life expectancy", IndividualLevel, "years, last year", s => LastYear(s, "life_expectancy")),
    ];

    /// <summary>The outcome named <paramref name="name"/>.</summary>
    public static Outcome Named(string name) => All.FirstOrDefault(o => o.Name == name)
        ?? throw new ArgumentException($"no outcome '{name}'; the outcomes are {string.Join(", ", All.Select(o => o.Name))}", nameof(name));

    /// <summary>The share of the named states of the initial map alive at the end (a subset's <c>survival</c>).</summary>
    public static Outcome SurvivalOf(string label, IReadOnlySet<string> states) =>
        new($"survival_{label}", $"{label} surviving", StateLevel, $"share of the {label}", s =>
        {
            var names = FirstNames(s);
            var chosen = Initial(s).Where(x => states.Contains(names[x])).ToList();
            return chosen.Count > 0 ? (double)chosen.Count(x => Lives(s, x)) / chosen.Count : 0;
        });

    /// <summary>The named states' territory kept: a subset's <c>territory_kept</c>.</summary>
    public static Outcome TerritoryKeptOf(string label, IReadOnlySet<string> states) =>
        new($"territory_kept_{label}", $"{label}: territory kept", StateLevel, "mean share of the regions held at the first observation", s =>
        {
            var names = FirstNames(s);
            return TerritoryKept(s, x => states.Contains(names[x]));
        });

    /// <summary>The Human Security Index of the people of the named states in the last year, population-weighted over those alive.</summary>
    public static Outcome HsiOf(string label, IReadOnlySet<string> states) =>
        new($"hsi_{label}", $"{label}: Human Security Index", IndividualLevel, "index, last year", s =>
        {
            var table = s.Observer<StatesObserver>().Table;
            var ticks = table["tick"].Ints;
            var last = ticks.Count > 0 ? ticks[^1] : -1;
            double weighted = 0, people = 0;
            for (var i = table.RowCount - 1; i >= 0 && ticks[i] == last; i--)
            {
                if (states.Contains(table["state"].Texts[i]) && table["alive"].Bools[i])
                {
                    double population = table["population"].Longs[i];
                    weighted += population * table["hsi"].Doubles[i];
                    people += population;
                }
            }

            return people > 0 ? weighted / people : 0;
        });

    /// <summary>The names the states of the initial map had at the start (their <c>state_created</c> events' details), by slot.</summary>
    private static Dictionary<int, string> FirstNames(Simulation simulation) =>
        simulation.Observer<EventLogObserver>().Events.OfType<Events.StateCreated>().ToDictionary(e => e.State, e => e.Detail);

    /// <summary>The states of the initial map: those created at the start (a <c>state_created</c> event each).</summary>
    private static List<int> Initial(Simulation simulation) =>
        [.. simulation.Observer<EventLogObserver>().Events.OfType<Events.StateCreated>().Select(e => e.State)];

    /// <summary>Whether a state of the initial map is alive at the end (its slot not taken over by a later state).</summary>
    private static bool Lives(Simulation simulation, int state) =>
        simulation.World.States.Alive[state] && simulation.World.States.Identity[state] == state;

    /// <summary>The share of the states of the initial map alive at the end.</summary>
    private static double Survival(Simulation simulation)
    {
        var initial = Initial(simulation);
        return initial.Count > 0 ? (double)initial.Count(s => Lives(simulation, s)) / initial.Count : 0;
    }

    /// <summary>
    /// The mean over the states of the initial map of the share of the regions they held at the first observation that
    /// they hold at the end (capped at 1; 0 for a dead state).
    /// </summary>
    private static double TerritoryKept(Simulation simulation) => TerritoryKept(simulation, _ => true);

    private static double TerritoryKept(Simulation simulation, Func<int, bool> chosen)
    {
        var table = simulation.Observer<StatesObserver>().Table;
        var initial = Initial(simulation).Where(chosen).ToList();
        if (table.RowCount == 0 || initial.Count == 0)
        {
            return 0;
        }

        var ticks = table["tick"].Ints;
        var ids = table["state_id"].Ints;
        var regions = table["regions"].Ints;
        var first = new Dictionary<int, int>();
        for (var i = 0; i < table.RowCount && ticks[i] == ticks[0]; i++)
        {
            first[ids[i]] = regions[i];
        }

        var sum = 0.0;
        foreach (var state in initial)
        {
            var start = first.GetValueOrDefault(state);
            sum += Lives(simulation, state) && start > 0 ? Math.Min(1.0, (double)simulation.World.States.RegionCount[state] / start) : 0;
        }

        return sum / initial.Count;
    }

    private static double Count(Simulation simulation, string type)
    {
        var n = 0;
        foreach (var e in simulation.Observer<EventLogObserver>().Events)
        {
            n += e.Type == type ? 1 : 0;
        }

        return n;
    }

    /// <summary>Battle deaths of the interstate wars (each war counted once) and of the civil wars.</summary>
    private static double BattleDeaths(Simulation simulation)
    {
        double deaths = 0;
        foreach (var war in simulation.War.Wars.Wars)
        {
            deaths += war.MergedInto < 0 ? war.BattleDeaths : 0;
        }

        foreach (var war in simulation.CivilWar.Conflicts)
        {
            deaths += war.BattleDeaths;
        }

        return deaths;
    }

    /// <summary>The mean over the world table's rows of military spending over output, both a year's.</summary>
    private static double MilitaryBurden(Simulation simulation)
    {
        var world = simulation.Observer<WorldObserver>().Table;
        var spending = world["military_spending"].Longs;
        var output = world["output"].Doubles;
        var perYear = simulation.Scenario.Output.Cadence == Scenarios.OutputCadence.Monthly ? 12.0 : 1.0;
        double sum = 0;
        var n = 0;
        for (var i = 0; i < world.RowCount; i++)
        {
            if (output[i] > 0)
            {
                sum += perYear * spending[i] / output[i];
                n++;
            }
        }

        return n > 0 ? sum / n : 0;
    }

    private static double LastYear(Simulation simulation, string column)
    {
        var world = simulation.Observer<WorldObserver>().Table;
        var c = world[column];
        var last = world.RowCount - 1;
        return last < 0 ? 0 : c.Kind == Metrics.ColumnKind.Long ? c.Longs[last] : c.Kind == Metrics.ColumnKind.Int ? c.Ints[last] : c.Doubles[last];
    }
}

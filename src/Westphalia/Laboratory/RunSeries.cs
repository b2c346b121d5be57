using Westphalia.Observers;

namespace Westphalia.Laboratory;

/// <summary>
/// What a report of a comparison draws from each run besides its outcomes: the world's key indicators at every
/// observation (<see cref="Columns"/>, times in years) and the size of every war in battle deaths, interstate and civil.
/// </summary>
public sealed record RunSeries(IReadOnlyList<double> Times, IReadOnlyList<double[]> Values, IReadOnlyList<double> InterstateWars, IReadOnlyList<double> CivilWars)
{
    /// <summary>The world indicators kept, by their column in the world table (military burden computed from two).</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "hsi", "freedom_from_fear", "freedom_from_want", "violent_death_rate", "displaced_share", "income_per_capita",
        "life_expectancy", "states_alive", "military_burden",
    ];

    /// <summary>Reads a finished simulation's series and wars.</summary>
    public static RunSeries Of(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        var world = simulation.Observer<WorldObserver>().Table;
        var n = world.RowCount;
        var years = world["year"].Ints;
        var months = world["month"].Ints;
        var monthly = simulation.Scenario.Output.Cadence == Scenarios.OutputCadence.Monthly;
        var times = new double[n];
        for (var i = 0; i < n; i++)
        {
            times[i] = monthly ? years[i] + ((months[i] - 1) / 12.0) : years[i];
        }

        var values = new List<double[]>(Columns.Count);
        foreach (var name in Columns)
        {
            var v = new double[n];
            if (name == "military_burden")
            {
                var spending = world["military_spending"].Longs;
                var output = world["output"].Doubles;
                for (var i = 0; i < n; i++)
                {
                    v[i] = output[i] > 0 ? (monthly ? 12.0 : 1.0) * spending[i] / output[i] : double.NaN;
                }
            }
            else
            {
                var c = world[name];
                for (var i = 0; i < n; i++)
                {
                    v[i] = c.Kind switch
                    {
                        Metrics.ColumnKind.Long => c.Longs[i],
                        Metrics.ColumnKind.Int => c.Ints[i],
                        _ => c.Doubles[i],
                    };
                }
            }

            values.Add(v);
        }

        var interstate = simulation.War.Wars.Wars.Where(w => w.MergedInto < 0).Select(w => (double)w.BattleDeaths).ToArray();
        var civil = simulation.CivilWar.Conflicts.Select(w => (double)w.BattleDeaths).ToArray();
        return new RunSeries(times, values, interstate, civil);
    }
}

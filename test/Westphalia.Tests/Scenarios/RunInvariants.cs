using System.Reflection;
using Westphalia.Observers;
using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Scenarios;

/// <summary>
/// Runs a simulation to the end checking, every tick, what must hold for any accepted scenario: money is whole,
/// non-negative dollars and each state's spending sums to its revenue; aid is neither lost nor made; people are
/// non-negative and change only by births, deaths, migration and displacement; the world stays within its population
/// and income ceilings (docs/ODD.md §2.9); every real number in the world is finite. At the end, every output table has finite reals, non-negative counts and balanced budget rows.
/// </summary>
internal static class RunInvariants
{
    private static readonly PropertyInfo[] RegionReals = RealArrays(typeof(RegionTable));
    private static readonly PropertyInfo[] StateReals = RealArrays(typeof(StateTable));

    /// <summary>Long columns that may be negative: every other one counts people, dollars or deaths.</summary>
    private static readonly HashSet<string> SignedColumns = ["net_migration"];

    private static PropertyInfo[] RealArrays(Type type) =>
        [.. type.GetProperties().Where(p => p.PropertyType == typeof(double[]))];

    public static Simulation Run(Scenario scenario)
    {
        var sim = new Simulation(scenario);
        var world = sim.World;
        var states = world.States;
        var regions = world.Regions;
        CheckMoney(states, -1);
        CheckReals(world, -1);
        while (!sim.IsFinished)
        {
            var tick = sim.Tick;
            var before = (long[])regions.Population.Clone();
            var inTransit = (long[])states.AidInTransit.Clone();
            sim.Step();
            CheckMoney(states, tick);
            CheckReals(world, tick);

            // All the aid in transit is received (by its addressee, or shared out if the addressee died) and the aid
            // put in transit is the aid given: none is lost or made, none waits more than a month.
            long received = 0, given = 0, allocated = 0;
            for (var s = 0; s < states.Count; s++)
            {
                received += states.AidReceived[s];
                given += states.AidGiven[s];
                allocated += states.AidInTransit[s];
                Assert.True(states.AidGiven[s] <= states.TaxRevenue[s], $"tick {tick}, state {s}: gives {states.AidGiven[s]} in aid, raises {states.TaxRevenue[s]} in tax");
            }

            if (scenario.Mechanisms.Domestic)
            {
                Assert.Equal(inTransit.Sum(), received);
                Assert.Equal(given, allocated);
            }

            long people = 0, migration = 0, displacement = 0;
            for (var r = 0; r < regions.Count; r++)
            {
                people += regions.Population[r];
                Assert.True(regions.IncomePerCapita[r] <= ModelBounds.IncomeCeiling, $"tick {tick}, region {r}: income {regions.IncomePerCapita[r]} above the ceiling");
                var expected = before[r] + regions.Births[r] - regions.Deaths[r] + regions.MigrantsIn[r] - regions.MigrantsOut[r]
                    + regions.DisplacedIn[r] - regions.DisplacedOut[r];
                Assert.True(expected == regions.Population[r], $"tick {tick}, region {r}: {regions.Population[r]} people, expected {expected} from the flows");
                Assert.True(regions.Population[r] >= 0, $"tick {tick}, region {r}: {regions.Population[r]} people");
                Assert.True(regions.Births[r] >= 0 && regions.Deaths[r] >= 0 && regions.ViolentDeaths[r] >= 0 && regions.ViolentDeaths[r] <= regions.Deaths[r],
                    $"tick {tick}, region {r}: births {regions.Births[r]}, deaths {regions.Deaths[r]}, violent {regions.ViolentDeaths[r]}");
                Assert.True(regions.MigrantsIn[r] >= 0 && regions.MigrantsOut[r] >= 0 && regions.DisplacedIn[r] >= 0 && regions.DisplacedOut[r] >= 0,
                    $"tick {tick}, region {r}: negative flows");
                Assert.True(regions.Displaced[r] >= 0 && regions.Displaced[r] <= regions.Population[r], $"tick {tick}, region {r}: {regions.Displaced[r]} displaced");
                migration += regions.MigrantsIn[r] - regions.MigrantsOut[r];
                displacement += regions.DisplacedIn[r] - regions.DisplacedOut[r];
            }

            // Migration, flight and return move people; they neither create nor destroy them.
            Assert.True(people <= ModelBounds.WorldPopulationCeiling, $"tick {tick}: {people} people, above the ceiling");
            Assert.Equal(0, migration);
            Assert.Equal(0, displacement);
        }

        CheckTables(sim);
        return sim;
    }

    private static void CheckMoney(StateTable states, int tick)
    {
        for (var s = 0; s < states.Count; s++)
        {
            long[] money = [states.TaxRevenue[s], states.AidReceived[s], states.AidInTransit[s], states.MilitarySpending[s], states.WelfareSpending[s],
                states.PoliceSpending[s], states.AidGiven[s]];
            Assert.True(money.All(m => m >= 0), $"tick {tick}, state {s}: negative money {string.Join(", ", money)}");
            Assert.True(states.Revenue(s) == states.Spending(s), $"tick {tick}, state {s}: revenue {states.Revenue(s)}, spending {states.Spending(s)}");
            Assert.True(states.Population[s] >= 0, $"tick {tick}, state {s}: {states.Population[s]} people");
        }
    }

    private static void CheckReals(Westphalia.World world, int tick)
    {
        foreach (var (table, arrays) in new (object, PropertyInfo[])[] { (world.Regions, RegionReals), (world.States, StateReals) })
        {
            foreach (var property in arrays)
            {
                var values = (double[])property.GetValue(table)!;
                for (var i = 0; i < values.Length; i++)
                {
                    Assert.True(double.IsFinite(values[i]), $"tick {tick}: {table.GetType().Name}.{property.Name}[{i}] is {values[i]}");
                }
            }
        }
    }

    /// <summary>Every table the run folder would hold: finite reals, non-negative counts, budgets that balance.</summary>
    private static void CheckTables(Simulation sim)
    {
        Table[] tables = [.. sim.Observers.OfType<TableObserver>().Select(o => o.Table)];
        foreach (var table in tables)
        {
            foreach (var column in table.Columns)
            {
                for (var i = 0; i < column.Doubles.Count; i++)
                {
                    Assert.True(double.IsFinite(column.Doubles[i]), $"{table.Name}.{column.Name} row {i} is {column.Doubles[i]}");
                }

                if (!SignedColumns.Contains(column.Name))
                {
                    for (var i = 0; i < column.Longs.Count; i++)
                    {
                        Assert.True(column.Longs[i] >= 0, $"{table.Name}.{column.Name} row {i} is {column.Longs[i]}");
                    }
                }
            }
        }

        foreach (var table in new[] { sim.Observer<StatesObserver>().Table, sim.Observer<WorldObserver>().Table })
        {
            for (var i = 0; i < table.RowCount; i++)
            {
                long Value(string name) => table[name].Longs[i];
                var revenue = Value("tax_revenue") + Value("aid_received");
                var spending = Value("military_spending") + Value("welfare_spending") + Value("police_spending") + Value("aid_given");
                Assert.True(revenue == spending, $"{table.Name} row {i}: revenue {revenue}, spending {spending}");
            }
        }

        foreach (var e in sim.Observer<EventLogObserver>().Events)
        {
            Assert.True(double.IsFinite(e.Value), $"event {e.Type} at tick {e.Tick} has value {e.Value}");
        }
    }
}

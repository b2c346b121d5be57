using System.Globalization;
using Westphalia.Mechanisms;
using Westphalia.Observers;
using Westphalia.Parameters;
using Westphalia.Randomness;
using Westphalia.Scenarios;
using Westphalia.Tests.Scenarios;

namespace Westphalia.Tests.World;

/// <summary>
/// The model's bounds (docs/ODD.md §2.9): regression tests for the two overflows the issue names (regions of 10^11
/// people at $10^7 a head; frontier growth of 0.5 for 300 years), and what each bound does when it binds.
/// </summary>
public class ModelBoundsTests
{
    /// <summary>
    /// An explicit world of regions of <paramref name="population"/> people at $10^7 a head, two states, taxing all of
    /// output and giving all of it in aid, with births at the highest rate allowed and no natural deaths.
    /// </summary>
    private static string Giants(int regions, long population, int years = 40)
    {
        var inv = CultureInfo.InvariantCulture;
        var list = string.Concat(Enumerable.Range(0, regions).Select(i =>
            $"  - {{ name: R{i}, owner: {(i % 2 == 0 ? "North" : "South")}, population: {population.ToString(inv)}, income_per_capita: 10000000{(i > 0 ? $", neighbours: [R{i - 1}]" : "")} }}\n"));
        return $"""
            name: giants
            years: {years}
            world:
              regions:
            {list}  states:
                - {"{"} name: North, capital: R0 {"}"}
                - {"{"} name: South, capital: R1 {"}"}
            parameters:
              economy: {"{"} frontier_growth: 0.5, frontier_income: 10000000 {"}"}
              demography: {"{"} birth_rate_max: 0.2, birth_rate_min: 0.2, death_rate_scale: 0 {"}"}
            doctrines:
              balanced: {"{"} tax_rate: 1, military: 0, welfare: 0, police: 0, aid: 1 {"}"}

            """;
    }

    [Fact]
    public void Regions_of_ten_to_the_eleven_people_at_ten_million_dollars_a_head_beyond_the_world_ceiling_are_refused_naming_the_region()
    {
        var e = Assert.Throws<ScenarioException>(() => ScenarioLoader.LoadText(Giants(3, 100_000_000_000), "giants.yaml"));
        var error = Assert.Single(e.Errors);
        Assert.Equal("world.regions[1].population", error.Path);
        Assert.Equal(6, error.Line); // R1, the second region
        Assert.Contains("world population ceiling", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Regions_at_the_world_population_and_income_ceilings_taxed_and_given_away_in_full_run_without_overflow()
    {
        // Before the bounds, births took the world past 10^11 people and money overflowed within years, and aid given
        // from aid received circulated through the pool and piled up without limit.
        var scenario = ScenarioLoader.LoadText(Giants(2, 50_000_000_000), "giants.yaml");
        var sim = RunInvariants.Run(scenario);

        var world = sim.Observer<WorldObserver>().Table;
        for (var i = 0; i < world.RowCount; i++)
        {
            Assert.InRange(world["population"].Longs[i], 1, ModelBounds.WorldPopulationCeiling);
            Assert.InRange(world["tax_revenue"].Longs[i], 1, 1_000_000_000_000_000_000);
            Assert.InRange(world["aid_given"].Longs[i], 0, world["tax_revenue"].Longs[i]);
        }

        var types = sim.Observer<EventLogObserver>().Events.Select(e => e.Type).ToList();
        Assert.Single(types, Demography.PopulationCeilingReached);
        Assert.Single(types, Budget.AidCapped);
    }

    [Fact]
    public void A_generated_world_expected_beyond_the_population_ceiling_is_refused_naming_the_mean_region_population()
    {
        var e = Assert.Throws<ScenarioException>(() => TestWorlds.Grid(12, 12, 6, extra: [
            "world.generator.mean_region_population=1e10", "world.generator.capital_population_factor=100"]));
        var error = Assert.Single(e.Errors);
        Assert.Equal("world.generator.mean_region_population", error.Path);
        Assert.Contains("at most", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_generated_world_at_the_largest_mean_population_allowed_starts_within_the_ceiling()
    {
        // 12 x 12 cells and 6 capitals of 100 times the mean: at most 10^11 / (144 + 6 * 99) people per region.
        var mean = Math.Floor(ModelBounds.WorldPopulationCeiling / (144 + (6 * 99.0)));
        var scenario = TestWorlds.Grid(12, 12, 6, years: 2, extra: [
            $"world.generator.mean_region_population={mean.ToString(CultureInfo.InvariantCulture)}", "world.generator.capital_population_factor=100",
            "parameters.demography.birth_rate_max=0.2", "parameters.demography.death_rate_scale=0"]);
        var sim = new Simulation(scenario);
        Assert.InRange(sim.World.Regions.Population.Sum(), 1, ModelBounds.WorldPopulationCeiling);
        RunInvariants.Run(scenario);
    }

    [Fact]
    public void Frontier_growth_of_one_half_for_three_hundred_years_stops_incomes_at_the_ceiling_without_overflow()
    {
        // Before the bounds, incomes grew by half a year for 300 years (a factor of 10^52): output overflowed money.
        var scenario = TestWorlds.Grid(8, 6, 3, years: 300, extra: ["parameters.economy.frontier_growth=0.5"]);
        var sim = RunInvariants.Run(scenario);

        Assert.All(sim.World.Regions.IncomePerCapita, y => Assert.InRange(y, 0, ModelBounds.IncomeCeiling));
        Assert.Contains(ModelBounds.IncomeCeiling, sim.World.Regions.IncomePerCapita);
        var types = sim.Observer<EventLogObserver>().Events.Select(e => e.Type).ToList();
        Assert.Single(types, Economy.FrontierBoundReached);
        Assert.Single(types, Economy.IncomeCeilingReached);
        var states = sim.Observer<StatesObserver>().Table;
        Assert.All(states["tax_revenue"].Longs, t => Assert.True(t >= 0));
    }

    [Fact]
    public void A_run_resumed_from_a_checkpoint_logs_each_bound_once_as_the_uninterrupted_run_does()
    {
        var scenario = ScenarioLoader.LoadText(Giants(2, 50_000_000_000, years: 6), "giants.yaml");
        var whole = new Simulation(scenario);
        whole.Run();
        var resumed = TestWorlds.RestoredAfter(scenario, 31);
        resumed.Run();
        Assert.Equal(whole.Observer<EventLogObserver>().Events, resumed.Observer<EventLogObserver>().Events);
        Assert.Equal(TestWorlds.Csv(whole.Observer<WorldObserver>().Table), TestWorlds.Csv(resumed.Observer<WorldObserver>().Table));
    }

    [Fact]
    public void Aid_on_its_way_to_a_state_that_died_is_received_the_same_month_by_the_living()
    {
        var world = WorldFactory.Create(TestWorlds.Grid(12, 10, 6));
        world.AggregateStates();
        var states = world.States;
        for (var s = 0; s < states.Count; s++)
        {
            PolicyPhase.Apply(states, s, new Westphalia.Doctrines.Policy(0.2, 0.1, 0.8, 0.1, 0).Normalised());
        }

        states.AidInTransit[2] = 1_000_003;
        states.AidInTransit[4] = 500;
        states.Alive[2] = false;
        new Budget(world, new AidParameters()).Step(new TickContext(0, 2000, 1, new CounterRng(1), 1));

        Assert.Equal(0, states.AidReceived[2]);
        Assert.Equal(1_000_503, states.AidReceived.Sum());
        Assert.True(states.AidReceived[4] >= 500);
        Assert.All(states.AidInTransit, a => Assert.Equal(0, a)); // no aid given this month: nothing left in transit
    }

    [Fact]
    public void The_violent_death_rate_is_at_most_everyone_within_the_month()
    {
        var world = WorldFactory.Create(TestWorlds.Grid());
        var safety = new PublicSafety(world, new PublicSafetyParameters { BaseRate = 10_000, ReferenceIncome = 1e7, IncomeElasticity = 5, PoliceStrength = 100 });
        Assert.Equal(ModelBounds.ViolentDeathRateCeiling, safety.Rate(income: 1, policeEffort: 0));
    }

    [Fact]
    public void Networks_growing_too_fast_to_compute_directly_reach_their_carrying_capacity()
    {
        // e^(r/12) overflows: the logistic is still a share in [0, 1], at r / b.
        Assert.Equal(1.0, TransnationalThreats.Logistic(0.5, 1e27, 0));
        Assert.Equal(0.9, TransnationalThreats.Logistic(0.5, 1e27, 1e26), 12);
        Assert.Equal(0.0, TransnationalThreats.Logistic(0, 1e27, 0));
    }
}

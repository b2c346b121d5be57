using Westphalia.Doctrines;

namespace Westphalia.Tests.Doctrines;

using static HumanSecurityDoctrineTests;

public class StateViewTests
{
    [Fact]
    public void The_violent_death_rate_is_the_population_weighted_mean_of_the_states_regions()
    {
        // Regions 0 and 1 belong to state 0, region 2 to state 1.
        var world = StateGraphTests.GridWorld(3, 1, 2, [0, 0, 1]);
        world.Regions.Population[0] = 3_000_000;
        world.Regions.Population[1] = 1_000_000;
        world.Regions.ViolentDeathRate[0] = 2;
        world.Regions.ViolentDeathRate[1] = 30;
        world.Regions.ViolentDeathRate[2] = 50;
        Assert.Equal(((3 * 2.0) + 30.0) / 4, View(world, 0).ViolentDeathRate, 12);
        Assert.Equal(0, View(world, 1).ViolentDeathRate); // no people
    }

    [Fact]
    public void The_median_income_counts_living_states_with_people_only()
    {
        Assert.Equal(20000, WorldStatistics.ComputeMedianIncomePerCapita(Line(30000, 20000, 1000)));
        Assert.Equal(15000, WorldStatistics.ComputeMedianIncomePerCapita(Line(30000, 20000, 10000, 1000)));

        var world = Line(30000, 20000, 10000, 1000);
        world.States.Alive[0] = false;
        Assert.Equal(10000, WorldStatistics.ComputeMedianIncomePerCapita(world));
        world.States.Population[1] = 0;
        Assert.Equal(5500, WorldStatistics.ComputeMedianIncomePerCapita(world));

        var empty = Line(1000);
        empty.States.Alive[0] = false;
        Assert.Equal(0, WorldStatistics.ComputeMedianIncomePerCapita(empty));
    }

    [Fact]
    public void The_median_is_computed_once_a_tick_for_every_view()
    {
        var world = Line(30000, 20000, 1000);
        Assert.Equal(20000, View(world, 0, tick: 5).MedianIncomePerCapita);
        world.States.Output[1] = 4e10; // 40,000 a head: the median would now be 30,000
        Assert.Equal(20000, View(world, 2, tick: 5).MedianIncomePerCapita); // same tick: the cached figure
        Assert.Equal(30000, View(world, 2, tick: 6).MedianIncomePerCapita); // next tick: recomputed
        Assert.Same(WorldStatistics.Of(world), WorldStatistics.Of(world));
    }

    [Fact]
    public void A_state_is_at_civil_war_while_its_civil_war_id_is_not_minus_one()
    {
        var world = Line(1000, 1000);
        Assert.False(View(world, 0).AtCivilWar);
        world.States.CivilWar[1] = 2;
        Assert.False(View(world, 0).AtCivilWar);
        Assert.True(View(world, 1).AtCivilWar);
    }
}

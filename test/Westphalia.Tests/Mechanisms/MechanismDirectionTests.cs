using Westphalia.Mechanisms;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

/// <summary>Each mechanism moves its variables in the direction docs/ODD.md gives.</summary>
public class MechanismDirectionTests
{
    private static HealthAndFood Health() => new(WorldFactory.Create(TestWorlds.Grid()), new HealthAndFoodParameters(), new EconomyParameters());

    [Fact]
    public void Life_expectancy_follows_the_Preston_curve()
    {
        var health = Health();
        var reference = new EconomyParameters().ReferenceWelfareShare;
        Assert.Equal(60.0, health.LifeExpectancyTarget(1_000, reference), 0);
        Assert.Equal(81.0, health.LifeExpectancyTarget(50_000, reference), 0);
        Assert.True(health.LifeExpectancyTarget(5_000, 0.25) > health.LifeExpectancyTarget(5_000, 0.05));
    }

    [Fact]
    public void Secular_health_progress_is_fast_where_life_is_short_and_slows_near_the_top()
    {
        var p = new HealthAndFoodParameters();
        var health = Health();
        Assert.Equal(p.HealthGainMax, health.HealthGain(45), 3);
        Assert.Equal((p.HealthGainMax + p.HealthGainMin) / 2, health.HealthGain(p.HealthGainMidpoint), 12);
        Assert.Equal(p.HealthGainMin, health.HealthGain(88), 2);
        Assert.True(health.HealthGain(60) > 3 * health.HealthGain(82));

        // In a world run year by year at constant income, each region's curve rises by the gain at its own life
        // expectancy: the short-lived region gains most, and its gains shrink as it catches up.
        var world = SmallWorlds.Grid(2, 1, 1, _ => 0);
        world.Regions.IncomePerCapita[0] = 400;
        world.Regions.IncomePerCapita[1] = 40_000;
        world.States.WelfareEffort[0] = new EconomyParameters().ReferenceWelfareShare;
        var mechanism = new HealthAndFood(world, p, new EconomyParameters());
        mechanism.Initialise(SmallWorlds.Tick(0));
        var start = (world.Regions.LifeExpectancy[0], world.Regions.LifeExpectancy[1]);
        var gains = new List<double>();
        for (var year = 1; year <= 40; year++)
        {
            var before = world.Regions.HealthGain[0];
            for (var month = 0; month < 12; month++)
            {
                Schedule.Run(mechanism, SmallWorlds.Tick((12 * year) + month));
            }

            gains.Add(world.Regions.HealthGain[0] - before);
        }

        Assert.True(world.Regions.LifeExpectancy[0] - start.Item1 > 2 * (world.Regions.LifeExpectancy[1] - start.Item2),
            $"{start} -> {world.Regions.LifeExpectancy[0]}, {world.Regions.LifeExpectancy[1]}");
        Assert.True(gains[0] > 0.9 * p.HealthGainMax && gains[^1] < 0.6 * gains[0], $"{gains[0]} {gains[^1]}");
        Assert.InRange(world.Regions.HealthGain[1], 40 * p.HealthGainMin, 40 * (p.HealthGainMin + 0.03));
    }

    [Fact]
    public void Food_security_rises_with_income_and_welfare()
    {
        var health = Health();
        Assert.Equal(0.5, health.FoodSecurityTarget(500, new EconomyParameters().ReferenceWelfareShare), 6);
        Assert.True(health.FoodSecurityTarget(10_000, 0.1) > health.FoodSecurityTarget(1_000, 0.1));
        Assert.True(health.FoodSecurityTarget(1_000, 0.2) > health.FoodSecurityTarget(1_000, 0.02));
    }

    [Fact]
    public void Violence_falls_with_income_and_policing()
    {
        var safety = new PublicSafety(WorldFactory.Create(TestWorlds.Grid()), new PublicSafetyParameters());
        Assert.Equal(6.1, safety.Rate(10_000, 0.02), 9);
        Assert.True(safety.Rate(2_000, 0.03) > safety.Rate(20_000, 0.03));
        Assert.True(safety.Rate(5_000, 0.0) > safety.Rate(5_000, 0.05));
    }

    [Fact]
    public void Poorer_regions_grow_faster_toward_the_same_steady_state()
    {
        // Two regions of one state with the same productivity: the poorer one is further below its steady state.
        var scenario = TestWorlds.Grid(2, 1, 1, 1, 1, "parameters.economy.shock_sd=0", "parameters.demography.migration_rate=0");
        var sim = new Simulation(scenario);
        var regions = sim.World.Regions;
        regions.Productivity[0] = regions.Productivity[1] = 0.5;
        regions.IncomePerCapita[0] = 5_000;
        regions.IncomePerCapita[1] = 20_000;
        sim.Run();
        var growthPoor = regions.IncomePerCapita[0] / 5_000 - 1;
        var growthRich = regions.IncomePerCapita[1] / 20_000 - 1;
        Assert.True(growthPoor > growthRich, $"{growthPoor} vs {growthRich}");
    }

    [Fact]
    public void Migrants_move_toward_richer_neighbours()
    {
        var sim = new Simulation(TestWorlds.Grid(2, 1, 1, 1, 1, "parameters.economy.shock_sd=0"));
        var regions = sim.World.Regions;
        regions.IncomePerCapita[0] = 2_000;
        regions.IncomePerCapita[1] = 20_000;
        sim.Run();
        Assert.True(regions.MigrantsOut[0] > 0);
        Assert.Equal(0, regions.MigrantsOut[1]);
    }

    [Fact]
    public void Military_capability_accumulates_spending_and_depreciates()
    {
        var world = WorldFactory.Create(TestWorlds.Grid(states: 1));
        var military = new MilitaryCapability(world, new MilitaryParameters { Depreciation = 0.1 });
        world.States.MilitaryCapability[0] = 1_000;
        world.States.MilitarySpending[0] = 0;
        for (var t = 0; t < 12; t++)
        {
            military.Step(default);
        }

        Assert.Equal(900, world.States.MilitaryCapability[0], 6);
        Assert.Equal(100 / (12 * (1 - Math.Pow(0.9, 1.0 / 12))), military.SteadyState(100), 9);
    }
}

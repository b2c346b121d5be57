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

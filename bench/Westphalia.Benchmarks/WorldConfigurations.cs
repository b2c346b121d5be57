using Westphalia.Scenarios;

namespace Westphalia.Benchmarks;

/// <summary>The synthetic worlds the benchmarks run: the default scenario on a larger generated grid.</summary>
public static class WorldConfigurations
{
    /// <summary>Ticks in one benchmark operation: one simulated year, so January's annual-rate work is included once.</summary>
    public const int TicksPerOperation = 12;

    /// <summary>Region counts benchmarked; each maps to a grid and a number of states in <see cref="Grid"/>.</summary>
    public static readonly int[] RegionCounts = [10_000, 100_000];

    /// <summary>Grid width, height and number of states for a region count.</summary>
    public static (int Width, int Height, int States) Grid(int regions) => regions switch
    {
        10_000 => (100, 100, 100),
        100_000 => (400, 250, 500),
        1_000_000 => (1000, 1000, 5000),
        _ => throw new ArgumentOutOfRangeException(nameof(regions), regions, "no grid is defined for this region count"),
    };

    /// <summary>
    /// Mean population of a region for a region count: the default scenario's 3 million up to 10,000 regions; 900,000
    /// for 100,000, so that the world (about 91 billion people) starts below the world population ceiling of 10^11
    /// (docs/ODD.md §2.9); 90,000 for 1,000,000 (about 90 billion people) for the same reason. The work per region does
    /// not depend on how many people live there.
    /// </summary>
    public static double MeanRegionPopulation(int regions) => regions switch
    {
        <= 10_000 => 3_000_000,
        <= 100_000 => 900_000,
        _ => 90_000,
    };

    /// <summary>Thread counts benchmarked: one, and every core of this machine.</summary>
    public static IEnumerable<int> ThreadCounts() => new[] { 1, Environment.ProcessorCount }.Distinct();

    /// <summary>
    /// The default scenario on the grid for <paramref name="regions"/>, with a run long enough that
    /// <see cref="Simulation.IsFinished"/> never matters to a benchmark. With <paramref name="war"/> false (the
    /// foundation benchmark) interstate war, alliance formation, civil war, the United Nations, treaties and
    /// transnational threats are off, leaving the mechanisms of the foundation.
    /// </summary>
    public static Scenario Scenario(int regions, bool war = false)
    {
        var (width, height, states) = Grid(regions);
        string[] foundation = war ? [] : ["parameters.interstate_war.enabled=false", "parameters.alliances.formation=false", "parameters.civil_war.enabled=false",
            "parameters.united_nations.enabled=false", "parameters.treaties.enabled=false", "parameters.transnational_threats.enabled=false"];
        return ScenarioLoader.Load("default",
        [
            $"world.generator.width={width}",
            $"world.generator.height={height}",
            $"world.generator.states={states}",
            string.Create(System.Globalization.CultureInfo.InvariantCulture, $"world.generator.mean_region_population={MeanRegionPopulation(regions)}"),
            "years=1000",
            .. foundation,
        ]);
    }

    /// <summary>A simulation of the synthetic world, after one warm-up year (so every code path has been jitted).</summary>
    public static Simulation Create(int regions, int threads, bool war = false)
    {
        var simulation = new Simulation(Scenario(regions, war), threads);
        if (simulation.World.Regions.Count != regions)
        {
            throw new InvalidOperationException($"the {Grid(regions)} grid has {simulation.World.Regions.Count} regions, not {regions}");
        }

        for (var t = 0; t < TicksPerOperation; t++)
        {
            simulation.Step();
        }

        return simulation;
    }
}

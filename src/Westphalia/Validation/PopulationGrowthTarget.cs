using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// World population growth in the default scenario's first twenty years against the UN's estimate for 2000-2020:
/// 6.14 to 7.79 billion, 1.20% a year (UN World Population Prospects 2019). The median over ten seeds holds within
/// 0.8-1.6% a year.
/// </summary>
public sealed class PopulationGrowthTarget : IValidationTarget
{
    public const double Low = 0.008;
    public const double High = 0.016;

    public string Name => "population-growth";

    public string Description => "World population growth 2000-2020, default scenario, vs UN WPP 2019 (1.20%/yr)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var rates = new List<double>();
        foreach (var seed in Replications.Seeds(10))
        {
            var scenario = ScenarioLoader.Load(ScenarioCatalog.DefaultName, ["years=20", $"seed={seed}"]);
            var simulation = new Simulation(scenario, threads);
            var start = simulation.World.Regions.Population.Sum();
            simulation.Run(cancellation);
            var end = simulation.World.Regions.Population.Sum();
            rates.Add(Math.Pow((double)end / start, 1.0 / scenario.Years) - 1);
        }

        var (median, _, _) = Replications.Summarise(rates);
        return [new ValidationResult(Name, median, "0.0120 (UN WPP 2019, 2000-2020); holds in 0.008-0.016",
            median is >= Low and <= High, Replications.Describe(rates, "F4"))];
    }
}

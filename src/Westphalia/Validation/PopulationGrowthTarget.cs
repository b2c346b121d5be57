using System.Globalization;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// World population growth in the default scenario's first twenty years against the UN's estimate for 2000-2020:
/// 6.14 to 7.79 billion, 1.20% a year (UN World Population Prospects 2019). Holds within 0.8-1.6% a year.
/// </summary>
public sealed class PopulationGrowthTarget : IValidationTarget
{
    public const double Published = 0.0120;
    public const double Low = 0.008;
    public const double High = 0.016;

    public string Name => "population-growth";

    public string Description => "World population growth 2000-2020, default scenario, vs UN WPP 2019 (1.20%/yr)";

    public ValidationResult Run(int threads, CancellationToken cancellation)
    {
        var scenario = ScenarioLoader.Load(ScenarioCatalog.DefaultName, ["years=20"]);
        var simulation = new Simulation(scenario, threads);
        var start = simulation.World.Regions.Population.Sum();
        simulation.Run(cancellation);
        var end = simulation.World.Regions.Population.Sum();
        var rate = Math.Pow((double)end / start, 1.0 / scenario.Years) - 1;
        var inv = CultureInfo.InvariantCulture;
        return new ValidationResult(Name, rate, "0.0120 (UN WPP 2019, 2000-2020); holds in 0.008-0.016",
            rate is >= Low and <= High,
            string.Create(inv, $"{start / 1e9:F2} bn -> {end / 1e9:F2} bn over {scenario.Years} years"));
    }
}

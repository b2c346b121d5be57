using System.Globalization;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// World life expectancy at birth at the start of the default scenario (its year 2000) against the UN's estimate
/// of 67.5 years for 2000-2005 (UN World Population Prospects 2019). Checks the generator's incomes together with
/// the Preston curve. Holds within 64-71 years.
/// </summary>
public sealed class LifeExpectancyTarget : IValidationTarget
{
    public const double Low = 64;
    public const double High = 71;

    public string Name => "life-expectancy";

    public string Description => "World life expectancy in 2000, default scenario, vs UN WPP 2019 (67.5 years)";

    public ValidationResult Run(int threads, CancellationToken cancellation)
    {
        var scenario = ScenarioLoader.Load(ScenarioCatalog.DefaultName, ["years=1"]);
        var simulation = new Simulation(scenario, threads);
        simulation.Run(cancellation);
        var le = simulation.Recorder.WorldSeries["life_expectancy"].Doubles[0];
        return new ValidationResult(Name, le, "67.5 (UN WPP 2019, 2000-2005); holds in 64-71",
            le is >= Low and <= High,
            string.Create(CultureInfo.InvariantCulture, $"population-weighted over {simulation.World.Regions.Count} regions"));
    }
}

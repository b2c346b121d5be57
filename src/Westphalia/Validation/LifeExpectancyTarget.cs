using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// World life expectancy at birth in the first year of the default scenario (2000) against the UN's estimate of
/// 67.5 years for 2000-2005 (UN World Population Prospects 2019). Checks the generator's incomes together with
/// the Preston curve. The median over ten seeds holds within 64-71 years.
/// </summary>
public sealed class LifeExpectancyTarget : IValidationTarget
{
    public const double Low = 64;
    public const double High = 71;

    public string Name => "life-expectancy";

    public string Description => "World life expectancy in 2000, default scenario, vs UN WPP 2019 (67.5 years)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var values = new List<double>();
        foreach (var seed in Replications.Seeds(10))
        {
            var scenario = ScenarioLoader.Load(ScenarioCatalog.DefaultName, ["years=1", $"seed={seed}"]);
            var simulation = new Simulation(scenario, threads);
            simulation.Run(cancellation);
            values.Add(simulation.Observer<Observers.WorldObserver>().Table["life_expectancy"].Doubles[0]);
        }

        var (median, _, _) = Replications.Summarise(values);
        return [new ValidationResult(Name, median, "67.5 (UN WPP 2019, 2000-2005); holds in 64-71",
            median is >= Low and <= High, Replications.Describe(values, "F1"))];
    }
}

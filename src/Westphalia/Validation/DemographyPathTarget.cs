using System.Globalization;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// The century after the calibration window: the default scenario's world from 2020 to 2099, in <see cref="Runs"/>
/// runs on the validation seeds (a sample declared before the result was looked at), against the medium variant of UN
/// World Population Prospects 2019. Demography and health were calibrated on 2000–2019
/// (<c>examples/calibration/demography.yaml</c>, seeds 1–4); nothing was set to the path after 2020.
/// <list type="bullet">
/// <item>world population's growth over the century, P(2099) / P(2000) (median over runs), beside WPP 2019's 10.9
/// billion in 2100 over 6.14 billion in 2000, 1.77, 95% prediction interval 9.4–12.7 billion, 1.53–2.07; holds inside
/// that interval. The factor, not the level, is judged: the generated world's population in 2000 is set by the
/// generator (about 7.4 billion in <c>default</c>), not by demography, so its level in 2099 carries that start;</item>
/// <item>the gain in world life expectancy from 2020 to 2099 (median over runs), beside WPP 2019's medium-variant gain of
/// about 9.4 years (72.3 years in 2015–2020 to 81.7 in 2095–2100); holds from 6 to 13 years.</item>
/// </list>
/// </summary>
public sealed class DemographyPathTarget : IValidationTarget
{
    public const int Runs = 10;
    /// <summary>WPP 2019's world population in 2000, the base of the growth factors.</summary>
    public const double Population2000 = 6.143e9;
    public const double PopulationLow = 9.4e9 / Population2000;
    public const double PopulationHigh = 12.7e9 / Population2000;
    public const double GainLow = 6;
    public const double GainHigh = 13;

    public string Name => "demography-path";

    public string Description => "World population growth 2000-2099 and the life-expectancy gain 2020-2099 vs UN WPP 2019 medium variant (6.14 to 10.9 bn, 95% 9.4-12.7; +9.4 years)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var population = new double[Runs];
        var level = new double[Runs];
        var gain = new double[Runs];
        Replications.ForEach(Runs, threads, cancellation, i =>
        {
            var simulation = Replications.Run(ScenarioCatalog.DefaultName, Replications.FirstValidationSeed + i, [], cancellation);
            var world = simulation.Observer<WorldObserver>().Table;
            var years = world["year"].Ints;
            var life = world["life_expectancy"].Doubles;
            var people = world["population"].Longs;
            var at2020 = Enumerable.Range(0, world.RowCount).Last(r => years[r] == 2020);
            level[i] = people[world.RowCount - 1];
            population[i] = (double)people[world.RowCount - 1] / people[0];
            gain[i] = life[world.RowCount - 1] - life[at2020];
        });

        var inv = CultureInfo.InvariantCulture;
        var (pop, popMin, popMax) = Replications.Summarise(population);
        var (popLevel, _, _) = Replications.Summarise(level);
        var (years2, gainMin, gainMax) = Replications.Summarise(gain);
        var seeds = $"default, {Runs} runs of 2000-2099 (seeds {Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1})";
        return
        [
            new($"{Name}/population-2099", pop, "x1.77 from 2000 to 2100, 6.14 to 10.9 billion, 95% interval 9.4-12.7 billion, x1.53-2.07 (UN WPP 2019, medium variant); holds inside the interval",
                pop is >= PopulationLow and <= PopulationHigh,
                string.Create(inv, $"median of {Runs} runs x{pop:F2} from December 2000 to December 2099 (range x{popMin:F2} to x{popMax:F2}), {popLevel / 1e9:F2} billion in 2099 from a generated world of about 7.4 billion; {seeds}")),
            new($"{Name}/life-expectancy-gain", years2, "+9.4 years, 72.3 (2015-2020) to 81.7 (2095-2100) (UN WPP 2019, medium variant); holds in 6-13",
                years2 is >= GainLow and <= GainHigh,
                string.Create(inv, $"median of {Runs} runs {years2:+0.0;-0.0} years from 2020 to 2099 (range {gainMin:+0.0;-0.0} to {gainMax:+0.0;-0.0}); {seeds}")),
        ];
    }
}

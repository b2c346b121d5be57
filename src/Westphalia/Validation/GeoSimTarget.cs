using System.Globalization;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// Cederman (2003), Table 1: fifteen replications of the geosim-2003 scenario in each of three arms — base, no
/// technology shocks, no contextual activation — and the cumulative log–log slope of war severity in each history
/// (wars begun in the 10,000 observed periods and ended before the run's end, severities of log10 2.5 and more).
/// Published medians: −0.55 (range −0.64 to −0.49), −1.32, −1.34. Holds when the base median lies in −0.64…−0.49
/// and both ablation medians are steeper than −1.0.
/// </summary>
public sealed class GeoSimTarget : IValidationTarget
{
    public const int Replications = 15;
    public const double MinLog10Severity = 2.5;

    public string Name => "geosim";

    public string Description => "GeoSim war-size slopes, 3 arms x 15 runs, vs Cederman 2003 Table 1";

    public static readonly (string Arm, string[] Overrides, double Published)[] Arms =
    [
        ("base", [], -0.55),
        ("no technology shocks", ["parameters.interstate_war.shock_size=0"], -1.32),
        ("no contextual activation", ["parameters.interstate_war.contextual_activation=false"], -1.34),
    ];

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var results = RunArms(threads, cancellation);
        var base_ = results[0];
        var holds = base_.Median is >= -0.64 and <= -0.49 && results[1].Median < -1.0 && results[2].Median < -1.0;
        var detail = string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Arm}: median {r.Median:F2} (min {r.Min:F2}, max {r.Max:F2}), R² {r.MedianR2:F3}, wars {r.MedianWars}")));
        return [new ValidationResult(Name, base_.Median, "base -0.55 (-0.64 to -0.49); no shocks -1.32; no contextual activation -1.34 (Cederman 2003, Table 1)", holds, detail)];
    }

    /// <summary>One arm's summary over its replications.</summary>
    public sealed record ArmResult(string Arm, double Published, double Median, double Min, double Max, double MedianR2, int MedianWars, double[] Slopes);

    public static IReadOnlyList<ArmResult> RunArms(int threads, CancellationToken cancellation, int replications = Replications, int? years = null)
    {
        var jobs = Arms.SelectMany((arm, a) => Enumerable.Range(1, replications).Select(seed => (Arm: a, Seed: seed))).ToArray();
        var slopes = new (double Slope, double R2, int Wars)[jobs.Length];
        Validation.Replications.ForEach(jobs.Length, threads, cancellation, j =>
        {
            var (a, seed) = jobs[j];
            string[] overrides = [.. Arms[a].Overrides, .. years is { } y ? new[] { $"years={y}" } : []];
            var simulation = Validation.Replications.Run("geosim-2003", seed, overrides, cancellation);
            slopes[j] = CumulativeSlope.Fit(WarSizes(simulation), MinLog10Severity);
        });

        return [.. Arms.Select((arm, a) =>
        {
            var mine = Enumerable.Range(0, jobs.Length).Where(j => jobs[j].Arm == a).Select(j => slopes[j]).ToArray();
            var (median, min, max) = Validation.Replications.Summarise([.. mine.Select(m => m.Slope)]);
            var (r2, _, _) = Validation.Replications.Summarise([.. mine.Select(m => m.R2)]);
            var (wars, _, _) = Validation.Replications.Summarise([.. mine.Select(m => (double)m.Wars)]);
            return new ArmResult(arm.Arm, arm.Published, median, min, max, r2, (int)wars, [.. mine.Select(m => m.Slope)]);
        })];
    }

    /// <summary>Severities (battle deaths) of the wars that began after the initialisation periods and have ended.</summary>
    public static List<double> WarSizes(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return simulation.War.Wars.EndedWarSizes(startedFrom: simulation.Scenario.Parameters.InterstateWar.ShockStart);
    }
}

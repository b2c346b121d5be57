using System.Globalization;
using Westphalia.Statistics;

namespace Westphalia.Validation;

/// <summary>
/// Cederman (2003), Table 1: fifteen replications of the geosim-2003 scenario in each of three arms — base, no
/// technology shocks, no contextual activation — and the cumulative log–log slope of war severity in each history
/// (wars begun in the 10,000 observed periods and ended before the run's end, severities of log10 2.5 and more).
/// Published medians: −0.55 (range −0.64 to −0.49), −1.32, −1.34. Holds when the base median lies in −0.64…−0.49
/// and both ablation medians are steeper than −1.0.
/// <para>
/// The docking study (Axtell, Axelrod, Epstein &amp; Cohen 1996: distributional equivalence) compares each arm's fifteen
/// slopes and fifteen war counts with the published ones as samples, not a median against a range: Table 1 gives each
/// arm's median, minimum and maximum slope over its fifteen runs and a war count, so exact tests on those order
/// statistics ask whether the two sets of runs could come from one distribution (<see cref="OrderStatisticTests"/>).
/// `geosim/slope-distribution`: per arm the median test and the exceedance test of the slopes; it holds when no test of
/// the six rejects at 5% with Bonferroni's correction (p &gt; 0.05 / 6). `geosim/war-count`: per arm the median test of
/// the wars fitted against Table 1's count read as the median run's; it holds when none of the three rejects
/// (p &gt; 0.05 / 3). Both rules were fixed before either was run.
/// </para>
/// </summary>
public sealed class GeoSimTarget : IValidationTarget
{
    public const int Replications = 15;
    public const double MinLog10Severity = 2.5;

    public string Name => "geosim";

    public string Description => "GeoSim war-size slopes, 3 arms x 15 runs, vs Cederman 2003 Table 1";

    /// <summary>The arms, with Table 1's median, minimum and maximum slope and war count.</summary>
    public static readonly (string Arm, string[] Overrides, double Published, double PublishedMin, double PublishedMax, int PublishedWars)[] Arms =
    [
        ("base", [], -0.55, -0.64, -0.49, 204),
        ("no technology shocks", ["parameters.interstate_war.shock_size=0"], -1.32, -1.43, -1.17, 132),
        ("no contextual activation", ["parameters.interstate_war.contextual_activation=false"], -1.34, -1.52, -1.20, 696),
    ];

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var results = RunArms(threads, cancellation);
        var base_ = results[0];
        var holds = base_.Median is >= -0.64 and <= -0.49 && results[1].Median < -1.0 && results[2].Median < -1.0;
        var detail = string.Join("; ", results.Select(r => string.Create(CultureInfo.InvariantCulture,
            $"{r.Arm}: median {r.Median:F2} (min {r.Min:F2}, max {r.Max:F2}), R² {r.MedianR2:F3}, wars {r.MedianWars}")));
        var inv = CultureInfo.InvariantCulture;
        var slopeTests = results.Select((r, a) =>
        {
            var finite = r.Slopes.Where(double.IsFinite).ToArray();
            var above = finite.Count(x => x > Arms[a].Published);
            var outside = finite.Count(x => x < Arms[a].PublishedMin || x > Arms[a].PublishedMax);
            return (r.Arm, Above: above, Outside: outside, Count: finite.Length,
                Median: OrderStatisticTests.MedianTest(finite.Length, Replications, above),
                Range: OrderStatisticTests.RangeTest(finite.Length, Replications, outside));
        }).ToArray();
        var slopeP = slopeTests.Min(t => Math.Min(t.Median, t.Range));
        var slopeDetail = string.Join("; ", slopeTests.Select(t => string.Create(inv,
            $"{t.Arm}: {t.Above} of {t.Count} slopes above the published median (median test p = {t.Median:F3}), {t.Outside} outside the published range (exceedance test p = {t.Range:F3})")));
        var warTests = results.Select((r, a) =>
        {
            var above = r.Wars.Count(w => w > Arms[a].PublishedWars);
            return (r.Arm, Above: above, Median: r.MedianWars, P: OrderStatisticTests.MedianTest(r.Wars.Length, Replications, above));
        }).ToArray();
        var warP = warTests.Min(t => t.P);
        var warDetail = string.Join("; ", warTests.Select((t, a) => string.Create(inv,
            $"{t.Arm}: median {t.Median} wars against {Arms[a].PublishedWars}, {t.Above} of {results[a].Wars.Length} runs above it (median test p = {t.P:F3})")));
        return
        [
            new ValidationResult(Name, base_.Median, "base -0.55 (-0.64 to -0.49); no shocks -1.32; no contextual activation -1.34 (Cederman 2003, Table 1)", holds, detail),
            new ValidationResult($"{Name}/slope-distribution", slopeP, "each arm's 15 slopes from the distribution of Table 1's 15 (median, minimum, maximum)", slopeP > 0.05 / 6, $"smallest p of 6 exact tests {slopeP:F3}, holds above {0.05 / 6:F4}; " + slopeDetail),
            new ValidationResult($"{Name}/war-count", warP, "each arm's wars fitted per run from the distribution whose median run Table 1 reports (204, 132, 696)", warP > 0.05 / 3, $"smallest p of 3 exact tests {warP:F3}, holds above {0.05 / 3:F4}; " + warDetail),
        ];
    }

    /// <summary>One arm's summary over its replications.</summary>
    public sealed record ArmResult(string Arm, double Published, double Median, double Min, double Max, double MedianR2, int MedianWars, double[] Slopes, int[] Wars);

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
            return new ArmResult(arm.Arm, arm.Published, median, min, max, r2, (int)wars, [.. mine.Select(m => m.Slope)], [.. mine.Select(m => m.Wars)]);
        })];
    }

    /// <summary>Severities (battle deaths) of the wars that began after the initialisation periods and have ended.</summary>
    public static List<double> WarSizes(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        return simulation.War.Wars.EndedWarSizes(startedFrom: simulation.Scenario.Parameters.InterstateWar.ShockStart);
    }
}

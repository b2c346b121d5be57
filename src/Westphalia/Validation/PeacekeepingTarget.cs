using System.Globalization;
using Westphalia.Laboratory;
using Westphalia.Metrics;
using Westphalia.Randomness;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// Peacekeeping and the relapse into civil war, beside the published cut of roughly 50–85% in the risk of renewed war
/// (Fortna 2008; Gilligan &amp; Sergenti 2008). A mission's effect is not a parameter: it monitors the settlement, which
/// takes away the post-war and instability terms of its host's hazard, and protects civilians (docs/ODD.md §7.17); this
/// target measures what that does. Two arms of <see cref="Runs"/> runs of the `default` scenario on the validation seeds:
/// as it is, and with no missions (<c>parameters.united_nations.peacekeeping_years=0</c>). The counterfactual of a
/// country-year under a mission is the same state in the same year of the same seed without missions: the cut is
/// 1 − h(mission) / h(counterfactual) over the country-years at risk in both, with a 95% percentile interval from
/// <see cref="Replicates"/> bootstrap resamples of the runs. Holds when the cut lies in [0.5, 0.85]. Sample and bounds
/// were declared before the mechanism was measured.
/// </summary>
public sealed class PeacekeepingTarget : IValidationTarget
{
    public const int Runs = 20;
    public const double Low = 0.5;
    public const double High = 0.85;
    public const int Replicates = 2000;
    private const ulong BootstrapSeed = 20_080_101;

    public string Name => "peacekeeping";

    public string Description => "Relapse hazard under UN missions against the same country-years without missions, vs a 50-85% cut (Fortna 2008; Gilligan & Sergenti 2008)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var with = new CountryYear[Runs][];
        var without = new CountryYear[Runs][];
        Replications.ForEach(2 * Runs, threads, cancellation, k =>
        {
            string[] arm = k % 2 == 0 ? [] : ["parameters.united_nations.peacekeeping_years=0"];
            var simulation = Replications.Run(ScenarioCatalog.DefaultName, Replications.FirstValidationSeed + (k / 2), arm, cancellation);
            (k % 2 == 0 ? with : without)[k / 2] = [.. simulation.Observer<Observers.CountryYearsObserver>().Rows];
        });

        // Per run: onsets and country-years under a mission, and in the same (state, year) without missions.
        var pairs = new (int OnsetsWith, int YearsWith, int OnsetsWithout, int YearsWithout)[Runs];
        for (var run = 0; run < Runs; run++)
        {
            var counterpart = without[run].Where(r => r.AtRisk).ToDictionary(r => (r.State, r.Year));
            foreach (var row in with[run].Where(r => r.AtRisk && r.Peacekeeping))
            {
                if (counterpart.TryGetValue((row.State, row.Year), out var other))
                {
                    var p = pairs[run];
                    pairs[run] = (p.OnsetsWith + (row.Onset ? 1 : 0), p.YearsWith + 1, p.OnsetsWithout + (other.Onset ? 1 : 0), p.YearsWithout + 1);
                }
            }
        }

        var cut = Cut(pairs, Enumerable.Range(0, Runs));
        var rng = new CounterRng(BootstrapSeed);
        var cuts = new double[Replicates];
        for (var b = 0; b < Replicates; b++)
        {
            cuts[b] = Cut(pairs, Enumerable.Range(0, Runs).Select(i => rng.Below(Runs, b, RngStream.Statistics, i)));
        }

        var (low, high) = Percentiles.Interval95(cuts);
        var onsetsWith = pairs.Sum(p => p.OnsetsWith);
        var yearsWith = pairs.Sum(p => p.YearsWith);
        var onsetsWithout = pairs.Sum(p => p.OnsetsWithout);
        var yearsWithout = pairs.Sum(p => p.YearsWithout);
        var inv = CultureInfo.InvariantCulture;
        var detail = string.Create(inv,
            $"relapse hazard under a mission {Rate(onsetsWith, yearsWith):P2} ({onsetsWith} onsets in {yearsWith:N0} country-years); the same country-years without missions {Rate(onsetsWithout, yearsWithout):P2} ({onsetsWithout} in {yearsWithout:N0}); bootstrap over runs 95% [{low:P0}, {high:P0}]; default scenario, {Runs} runs x 2 arms, seeds {Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1}");
        return [new ValidationResult(Name, cut, "a cut of 50-85% in the risk of renewed civil war (Fortna 2008; Gilligan & Sergenti 2008)",
            cut is >= Low and <= High, detail)];
    }

    private static double Rate(int onsets, int years) => years > 0 ? (double)onsets / years : double.NaN;

    private static double Cut((int OnsetsWith, int YearsWith, int OnsetsWithout, int YearsWithout)[] pairs, IEnumerable<int> runs)
    {
        int ow = 0, yw = 0, oo = 0, yo = 0;
        foreach (var i in runs)
        {
            ow += pairs[i].OnsetsWith;
            yw += pairs[i].YearsWith;
            oo += pairs[i].OnsetsWithout;
            yo += pairs[i].YearsWithout;
        }

        var without = Rate(oo, yo);
        return without > 0 ? 1 - (Rate(ow, yw) / without) : double.NaN;
    }
}

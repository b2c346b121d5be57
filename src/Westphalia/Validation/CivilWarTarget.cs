using System.Globalization;
using Westphalia.Conflict;
using Westphalia.Metrics;
using Westphalia.Scenarios;
using Westphalia.Statistics;

namespace Westphalia.Validation;

/// <summary>
/// Civil war in the default scenario over <see cref="Runs"/> seeds of <see cref="Years"/> years (the length of Walter's
/// 1945–2009 window), beside the published figures:
/// <list type="bullet">
/// <item>the onset rate per country-year at risk, beside Fearon &amp; Laitin's (2003) ≈ 1.7%; holds within a factor of two;</item>
/// <item>Fearon &amp; Laitin's Model 1 re-estimated by logit on the simulated country-years at risk: holds when the signs of
/// income (−), population (+) and mountainous terrain (+) match;</item>
/// <item>the mean duration of the civil wars that ended, beside Collier et al.'s (2003) ≈ 7 years; holds in 5–9;</item>
/// <item>the share of countries with a civil war that had another, beside Walter's (2010) 57%; holds in 45–70%.</item>
/// </list>
/// A country is a state slot from its founding: a new state in the slot of a dead one is another country.
/// </summary>
public sealed class CivilWarTarget : IValidationTarget
{
    public const int Runs = 20;
    public const int Years = 65;
    public const double PublishedOnsetRate = 0.017;
    public const double PublishedDuration = 7;
    public const double PublishedRelapse = 0.57;

    /// <summary>Onsets a dummy covariate needs among the country-years where it is 1 to enter the logit.</summary>
    public const int MinimumDummyEvents = 5;

    public string Name => "civil-war";

    public string Description => "Civil-war onset rate, Fearon-Laitin logit signs, duration and relapse vs Fearon & Laitin 2003, Collier et al. 2003, Walter 2010";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var panels = new List<CountryYear>[Runs];
        var wars = new List<CivilConflict>[Runs];
        Replications.ForEach(Runs, threads, cancellation, i =>
        {
            var simulation = Replications.Run(ScenarioCatalog.DefaultName, i + 1, [$"years={Years}"], cancellation);
            panels[i] = [.. simulation.Observer<Observers.CountryYearsObserver>().Rows];
            wars[i] = [.. simulation.CivilWar.Conflicts];
        });

        var atRisk = panels.SelectMany(p => p).Where(r => r.AtRisk).ToList();
        var (onsets, years) = Onsets(atRisk);
        var rate = years > 0 ? (double)onsets / years : 0;
        var inv = CultureInfo.InvariantCulture;
        var results = new List<ValidationResult>
        {
            new($"{Name}/onset-rate", rate, "0.017 per country-year (Fearon & Laitin 2003); holds within a factor of 2",
                rate >= PublishedOnsetRate / 2 && rate <= PublishedOnsetRate * 2,
                string.Create(inv, $"{onsets} onsets in {atRisk.Count:N0} country-years at peace; default scenario, {Runs} seeds x {Years} years")),
        };

        results.Add(Logit(atRisk));

        var ended = wars.SelectMany(w => w).Where(w => !w.IsOngoing).ToList();
        var durations = Durations(ended);
        var mean = durations.Count > 0 ? durations.Average() : 0;
        var median = durations.Count > 0 ? Replications.Summarise(durations).Median : 0;
        var ongoing = wars.Sum(w => w.Count(c => c.IsOngoing));
        results.Add(new($"{Name}/duration", mean, "about 7 years (Collier et al. 2003); holds in 5-9", mean is >= 5 and <= 9,
            string.Create(inv, $"mean of {durations.Count} ended wars; median {median:F1}; {ongoing} still going on at the end are left out; outcomes: {Outcomes(ended)}")));

        int withWar = 0, again = 0;
        foreach (var run in wars)
        {
            var (a, w) = Relapses(run);
            again += a;
            withWar += w;
        }

        var relapse = withWar > 0 ? (double)again / withWar : 0;
        results.Add(new($"{Name}/relapse", relapse, "0.57 of countries with a civil war had another (Walter 2010, 1945-2009); holds in 0.45-0.70",
            relapse is >= 0.45 and <= 0.70, string.Create(inv, $"{again} of {withWar} countries with a civil war had another within {Years} years")));
        return results;
    }

    /// <summary>
    /// Fearon &amp; Laitin's Model 1 on the simulated country-years at peace. A dummy that is 1 in too few country-years or
    /// with too few onsets among them to be estimated (fewer than <see cref="MinimumDummyEvents"/> onsets, or none
    /// without one) is left out of the fit, and the detail says so: a handful of new states with no onset would
    /// otherwise separate the data and send its coefficient to minus infinity.
    /// </summary>
    private ValidationResult Logit(List<CountryYear> rows)
    {
        (string Name, Func<CountryYear, double> Value, bool Dummy)[] all =
        [
            ("income", r => r.Income1985Thousands, false),
            ("log_population", r => r.LogPopulation, false),
            ("log_mountainous", r => r.LogMountainous, false),
            ("oil", r => r.Oil ? 1 : 0, true),
            ("new_state", r => r.NewState ? 1 : 0, true),
            ("instability", r => r.Instability ? 1 : 0, true),
            ("prior_war", r => r.PriorWar ? 1 : 0, true),
        ];
        var inv = CultureInfo.InvariantCulture;
        var omitted = new List<string>();
        var used = new List<(string Name, Func<CountryYear, double> Value, bool Dummy)>();
        foreach (var c in all)
        {
            var ones = rows.Count(r => c.Value(r) == 1);
            var events = rows.Count(r => r.Onset && c.Value(r) == 1);
            if (c.Dummy && (events < MinimumDummyEvents || events == ones))
            {
                omitted.Add(string.Create(inv, $"{c.Name} left out ({ones} country-years, {events} onsets)"));
            }
            else
            {
                used.Add(c);
            }
        }

        var names = used.Select(c => c.Name).ToArray();
        var x = new double[rows.Count, names.Length];
        var y = new bool[rows.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < used.Count; j++)
            {
                x[i, j] = used[j].Value(rows[i]);
            }

            y[i] = rows[i].Onset;
        }

        const string Published = "signs: income -0.344, log population +0.263, log % mountainous +0.219 (Fearon & Laitin 2003, Table 1, Model 1); measured = signs matching of 3";
        if (!y.Contains(true) || !y.Contains(false))
        {
            return new ValidationResult($"{Name}/logit", double.NaN, Published, false, "no onsets to fit");
        }

        var fit = LogisticRegression.Fit(x, y, names);
        var income = fit.Coefficient("income");
        var population = fit.Coefficient("log_population");
        var terrain = fit.Coefficient("log_mountainous");
        var matches = (income.Estimate < 0 ? 1 : 0) + (population.Estimate > 0 ? 1 : 0) + (terrain.Estimate > 0 ? 1 : 0);
        var others = string.Join("; ", names.Skip(3).Select(n => fit.Coefficient(n)).Select(c => string.Create(inv, $"{c.Name} {c.Estimate:+0.000;-0.000}")).Concat(omitted));
        var detail = string.Create(inv,
            $"income {income.Estimate:+0.000;-0.000} (z {income.Z:F1}), log population {population.Estimate:+0.000;-0.000} (z {population.Z:F1}), log % mountainous {terrain.Estimate:+0.000;-0.000} (z {terrain.Z:F1}); {others}; constant {fit.Coefficient(LogisticRegression.ConstantName).Estimate:F3}; n {fit.Observations:N0}, {fit.Events} onsets{(fit.Converged ? "" : "; " + fit.Message)}");
        return new ValidationResult($"{Name}/logit", matches, Published, fit.Converged && matches == 3, detail);
    }

    /// <summary>Onsets and country-years among the country-years at peace of <paramref name="rows"/>.</summary>
    public static (int Onsets, int Years) Onsets(IEnumerable<CountryYear> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        int onsets = 0, years = 0;
        foreach (var r in rows.Where(r => r.AtRisk))
        {
            years++;
            onsets += r.Onset ? 1 : 0;
        }

        return (onsets, years);
    }

    /// <summary>The durations in years of the civil wars of <paramref name="wars"/> that ended.</summary>
    public static List<double> Durations(IEnumerable<CivilConflict> wars)
    {
        ArgumentNullException.ThrowIfNull(wars);
        return [.. wars.Where(w => !w.IsOngoing).Select(w => w.DurationYears(w.EndTick))];
    }

    /// <summary>
    /// Of the countries in one run's civil wars that had one, those that had another, and all of them. A country is the
    /// state in a slot from its founding (slot and name): a new state in the slot of a dead one is another country.
    /// </summary>
    public static (int Again, int WithWar) Relapses(IEnumerable<CivilConflict> wars)
    {
        ArgumentNullException.ThrowIfNull(wars);
        var countries = wars.GroupBy(w => (w.State, w.StateName)).Select(g => g.Count()).ToList();
        return (countries.Count(c => c > 1), countries.Count);
    }

    private static string Outcomes(List<CivilConflict> ended) =>
        string.Join(", ", ended.GroupBy(w => w.Outcome).OrderBy(g => g.Key).Select(g => $"{Mechanisms.CivilWar.OutcomeName(g.Key)} {g.Count()}"));
}

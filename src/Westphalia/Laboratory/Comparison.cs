using Westphalia.Scenarios;

namespace Westphalia.Laboratory;

/// <summary>
/// Arms (sets of scenario changes, such as every state under one doctrine) run on the same seeds, and every outcome of
/// <see cref="Outcomes.All"/> measured on each run: the state-level and individual-level security of each arm side by
/// side, each with its mean and 95% confidence interval over the seeds.
/// </summary>
public sealed class Comparison
{
    private Comparison(string scenario, IReadOnlyList<Arm> arms, IReadOnlyList<ulong> seeds, IReadOnlyList<Outcome> outcomes, IReadOnlyList<ComparisonRun> runs)
    {
        Scenario = scenario;
        Arms = arms;
        Seeds = seeds;
        Outcomes = outcomes;
        Runs = runs;
    }

    public string Scenario { get; }

    public IReadOnlyList<Arm> Arms { get; }

    public IReadOnlyList<ulong> Seeds { get; }

    /// <summary>The outcomes measured on every run, in the order of each run's values.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; }

    /// <summary>Every run, arm by arm and, within an arm, seed by seed; its values in the order of <see cref="Outcomes"/>.</summary>
    public IReadOnlyList<ComparisonRun> Runs { get; }

    /// <summary>The scenarios of a comparison: each arm on each seed, with the common changes first (a validation error names the arm).</summary>
    public static IReadOnlyList<Scenario> Scenarios(string scenario, IReadOnlyList<Arm> arms, IReadOnlyList<ulong> seeds, IReadOnlyList<string> common)
    {
        ArgumentNullException.ThrowIfNull(arms);
        ArgumentNullException.ThrowIfNull(seeds);
        var list = new List<Scenario>();
        foreach (var arm in arms)
        {
            try
            {
                list.AddRange(seeds.Select(seed => ScenarioLoader.Load(scenario, [.. common, .. arm.Overrides, $"seed={seed}"])));
            }
            catch (ScenarioException e)
            {
                throw new ScenarioException([.. e.Errors.Select(x => x with { Message = $"{x.Message} (arm '{arm.Name}')" })]);
            }
        }

        return list;
    }

    /// <summary>Runs every arm on every seed, <paramref name="threads"/> runs at a time.</summary>
    public static Comparison Run(string scenario, IReadOnlyList<Arm> arms, IReadOnlyList<ulong> seeds, IReadOnlyList<string> common, int threads, Action<int>? finished = null, CancellationToken cancellation = default) =>
        Run(scenario, arms, seeds, common, Laboratory.Outcomes.All, threads, finished, cancellation);

    /// <summary>Runs every arm on every seed, measuring <paramref name="outcomes"/> on each run.</summary>
    public static Comparison Run(string scenario, IReadOnlyList<Arm> arms, IReadOnlyList<ulong> seeds, IReadOnlyList<string> common, IReadOnlyList<Outcome> outcomes, int threads, Action<int>? finished = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var scenarios = Scenarios(scenario, arms, seeds, common);
        var values = Ensemble.Run(scenarios, threads, s => ((IReadOnlyList<double>)[.. outcomes.Select(o => o.Measure(s))], RunSeries.Of(s)), finished, cancellation);
        var runs = new List<ComparisonRun>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            runs.Add(new ComparisonRun(arms[i / seeds.Count].Name, seeds[i % seeds.Count], values[i].Item1, values[i].Item2));
        }

        return new Comparison(scenarios.Count > 0 ? scenarios[0].Name : scenario, arms, seeds, outcomes, runs);
    }

    /// <summary>The mean and 95% confidence interval of an outcome in an arm, over the seeds.</summary>
    public Interval Summary(string arm, Outcome outcome) => Interval.Of(Values(arm, outcome));

    /// <summary>
    /// The mean and 95% confidence interval of the paired differences <paramref name="treatment"/> − <paramref name="baseline"/>
    /// over the seeds: each seed's run of one arm against the same seed's run of the other (common random numbers).
    /// </summary>
    public Interval Difference(string baseline, string treatment, Outcome outcome)
    {
        var a = Values(baseline, outcome);
        var b = Values(treatment, outcome);
        return Interval.Of([.. a.Zip(b, (x, y) => y - x)]);
    }

    /// <summary>An outcome's values in an arm, seed by seed.</summary>
    public IReadOnlyList<double> Values(string arm, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var k = IndexOf(outcome);
        return [.. Runs.Where(r => r.Arm == arm).Select(r => r.Values[k])];
    }

    private int IndexOf(Outcome outcome)
    {
        for (var i = 0; i < Outcomes.Count; i++)
        {
            if (Outcomes[i].Name == outcome.Name)
            {
                return i;
            }
        }

        throw new ArgumentException($"the comparison did not measure {outcome.Name}", nameof(outcome));
    }
}

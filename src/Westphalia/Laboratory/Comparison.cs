using Westphalia.Scenarios;

namespace Westphalia.Laboratory;

/// <summary>
/// Arms (sets of scenario changes, such as every state under one doctrine) run on the same seeds, and every outcome of
/// <see cref="Outcomes.All"/> measured on each run: the state-level and individual-level security of each arm side by
/// side, each with its mean and 95% confidence interval over the seeds.
/// </summary>
public sealed class Comparison
{
    private Comparison(string scenario, IReadOnlyList<Arm> arms, IReadOnlyList<ulong> seeds, IReadOnlyList<ComparisonRun> runs)
    {
        Scenario = scenario;
        Arms = arms;
        Seeds = seeds;
        Runs = runs;
    }

    public string Scenario { get; }

    public IReadOnlyList<Arm> Arms { get; }

    public IReadOnlyList<ulong> Seeds { get; }

    /// <summary>Every run, arm by arm and, within an arm, seed by seed.</summary>
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
    public static Comparison Run(string scenario, IReadOnlyList<Arm> arms, IReadOnlyList<ulong> seeds, IReadOnlyList<string> common, int threads, Action<int>? finished = null, CancellationToken cancellation = default)
    {
        var scenarios = Scenarios(scenario, arms, seeds, common);
        var values = Ensemble.Run(scenarios, threads, s => (IReadOnlyList<double>)[.. Outcomes.All.Select(o => o.Measure(s))], finished, cancellation);
        var runs = new List<ComparisonRun>(values.Length);
        for (var i = 0; i < values.Length; i++)
        {
            runs.Add(new ComparisonRun(arms[i / seeds.Count].Name, seeds[i % seeds.Count], values[i]));
        }

        return new Comparison(scenarios.Count > 0 ? scenarios[0].Name : scenario, arms, seeds, runs);
    }

    /// <summary>The mean and 95% confidence interval of an outcome in an arm, over the seeds.</summary>
    public Interval Summary(string arm, Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var k = IndexOf(outcome);
        return Interval.Of([.. Runs.Where(r => r.Arm == arm).Select(r => r.Values[k])]);
    }

    private static int IndexOf(Outcome outcome)
    {
        for (var i = 0; i < Outcomes.All.Count; i++)
        {
            if (Outcomes.All[i].Name == outcome.Name)
            {
                return i;
            }
        }

        throw new ArgumentException($"unknown outcome {outcome.Name}", nameof(outcome));
    }
}

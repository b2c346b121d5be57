using System.Globalization;
using System.Text;
using Westphalia.Observers;
using Westphalia.Randomness;
using Westphalia.Scenarios;

namespace Westphalia.Laboratory;

/// <summary>
/// The claim "if state security is maintained, the security of citizens follows", tested across the states and runs
/// of a scenario: each state of the initial map in each run is a case; its state security is maintained when it ends
/// alive, with all the regions it held at the first observation, and was never attacked; its citizens' security is its
/// Human Security Index in the last year. The difference between the mean index of secure and other states is given
/// with a 95% interval from a bootstrap that resamples whole runs (states of one run share a world, so they are not
/// independent cases).
/// </summary>
public static class StateAndCitizens
{
    public const string Name = "state-and-citizens";
    public const string Title = "State security and the security of citizens";
    public const string Claim = "If the security of the state is maintained, the security of its citizens follows.";
    public const int DefaultSeeds = 20;
    public const int Replicates = 2000;

    /// <summary>Every state of the initial map in every run of <paramref name="scenario"/> on the seeds 1 to <paramref name="seeds"/>.</summary>
    public static IReadOnlyList<StateRun> Run(string scenario, int seeds, IReadOnlyList<string> common, int threads, Action<int>? finished = null, CancellationToken cancellation = default)
    {
        var scenarios = Enumerable.Range(1, seeds).Select(s => ScenarioLoader.Load(scenario, [.. common, $"seed={s}"])).ToList();
        var perRun = Ensemble.Run(scenarios, threads, Cases, finished, cancellation);
        return [.. perRun.SelectMany(x => x)];
    }

    private static List<StateRun> Cases(Simulation simulation)
    {
        var events = simulation.Observer<EventLogObserver>().Events;
        var initial = events.OfType<Events.StateCreated>().ToList();
        var attacked = events.OfType<Events.WarStarted>().Select(e => (int)e.Value).ToHashSet();
        var table = simulation.Observer<StatesObserver>().Table;
        var ticks = table["tick"].Ints;
        var first = new Dictionary<int, int>();
        for (var i = 0; i < table.RowCount && ticks[i] == ticks[0]; i++)
        {
            first[table["state_id"].Ints[i]] = table["regions"].Ints[i];
        }

        var lastRow = new Dictionary<int, int>();
        for (var i = table.RowCount - 1; i >= 0 && ticks[i] == ticks[^1]; i--)
        {
            lastRow[table["state_id"].Ints[i]] = i;
        }

        var states = simulation.World.States;
        var cases = new List<StateRun>();
        foreach (var created in initial)
        {
            var s = created.State;
            var alive = states.Alive[s] && states.Identity[s] == s;
            if (!alive || !lastRow.TryGetValue(s, out var row))
            {
                // A state that died has no people of its own to score: it is a case of state security lost, with no index.
                cases.Add(new StateRun(simulation.Scenario.Seed, created.Detail, false, 0, attacked.Contains(s), double.NaN, double.NaN, double.NaN));
                continue;
            }

            var start = first.GetValueOrDefault(s);
            var kept = start > 0 ? Math.Min(1.0, (double)states.RegionCount[s] / start) : 0;
            var secure = kept >= 1 && !attacked.Contains(s);
            cases.Add(new StateRun(simulation.Scenario.Seed, created.Detail, secure, kept, attacked.Contains(s),
                table["hsi"].Doubles[row], table["freedom_from_fear"].Doubles[row], table["freedom_from_want"].Doubles[row]));
        }

        return cases;
    }

    /// <summary>Mean index of the secure states minus that of the others (living ones), over the cases given.</summary>
    public static double Difference(IEnumerable<StateRun> cases)
    {
        var living = cases.Where(c => !double.IsNaN(c.Hsi)).ToList();
        var secure = living.Where(c => c.Secure).Select(c => c.Hsi).ToList();
        var other = living.Where(c => !c.Secure).Select(c => c.Hsi).ToList();
        return secure.Count > 0 && other.Count > 0 ? secure.Average() - other.Average() : double.NaN;
    }

    /// <summary>The difference and its 95% percentile interval from <see cref="Replicates"/> resamples of whole runs, drawn from the counter-based generator.</summary>
    public static Interval Bootstrap(IReadOnlyList<StateRun> cases)
    {
        ArgumentNullException.ThrowIfNull(cases);
        var runs = cases.GroupBy(c => c.Seed).OrderBy(g => g.Key).Select(g => g.ToList()).ToList();
        var rng = new CounterRng(1);
        var estimates = new List<double>(Replicates);
        for (var b = 0; b < Replicates; b++)
        {
            var sample = new List<StateRun>();
            for (var k = 0; k < runs.Count; k++)
            {
                var pick = (int)(rng.Uniform(b, RngStream.Bootstrap, k) * runs.Count);
                sample.AddRange(runs[Math.Min(pick, runs.Count - 1)]);
            }

            var d = Difference(sample);
            if (!double.IsNaN(d))
            {
                estimates.Add(d);
            }
        }

        estimates.Sort();
        double At(double q) => estimates.Count == 0 ? double.NaN : estimates[Math.Clamp((int)Math.Floor(q * (estimates.Count - 1)), 0, estimates.Count - 1)];
        return new Interval(runs.Count, Difference(cases), At(0.025), At(0.975));
    }

    /// <summary>The report: design, the verdict on the difference, and how often state security and citizens' security part ways.</summary>
    public static string Report(string scenario, IReadOnlyList<StateRun> cases) => Report(scenario, cases, Bootstrap(cases));

    /// <summary>The report, with the bootstrap interval already drawn (<see cref="Bootstrap"/>).</summary>
    public static string Report(string scenario, IReadOnlyList<StateRun> cases, Interval interval)
    {
        ArgumentNullException.ThrowIfNull(cases);
        ArgumentNullException.ThrowIfNull(interval);
        var inv = CultureInfo.InvariantCulture;
        var verdict = ExperimentResult.Judge(interval, +1);
        var living = cases.Where(c => !double.IsNaN(c.Hsi)).ToList();
        var median = living.Select(c => c.Hsi).Order().ElementAtOrDefault(living.Count / 2);
        var secure = living.Where(c => c.Secure).ToList();
        var insecureCitizens = secure.Count(c => c.Hsi < median);
        var text = new StringBuilder();
        text.AppendLine(inv, $"# {Title}");
        text.AppendLine();
        text.AppendLine(inv, $"**Claim.** {Claim}");
        text.AppendLine();
        text.AppendLine("**Source.** The seed texts: the state-centric view that securing the state secures its people, against the human-security view that a secure state can leave its people insecure (UNDP 1994; Commission on Human Security 2003).");
        text.AppendLine();
        text.AppendLine(inv, $"**Design.** Every state of the initial map in each of {interval.N} runs of `{scenario}` (seeds 1 to {interval.N}) is a case: {cases.Count:N0} cases. A state's security is *maintained* when it ends the run alive, holding every region it held at the first observation, and no war was ever begun against it. Its citizens' security is its Human Security Index in the last year. The statistic is the mean index of the states whose security was maintained minus that of the other living states; its 95% interval comes from {Replicates:N0} bootstrap resamples of whole runs.");
        text.AppendLine();
        var inner = $"{ExperimentReport.Format(interval)}";
        var reading = verdict switch
        {
            "holds" => "Citizens of secure states are more secure, on average, in this model.",
            "contradicted" => "Citizens of secure states are less secure, on average, in this model.",
            _ => "The runs do not show that citizens of secure states are more secure.",
        };
        text.AppendLine(inv, $"**Conclusion ({verdict}).** The index of states whose security was maintained differs from the others' by {inner}. {reading}");
        text.AppendLine();
        text.AppendLine(inv, $"**Where the two part ways.** State security was maintained in {secure.Count:N0} of {cases.Count:N0} cases ({(double)secure.Count / Math.Max(1, cases.Count):P0}); in {insecureCitizens:N0} of those ({(double)insecureCitizens / Math.Max(1, secure.Count):P0}) the citizens' index was below the median of all living cases ({median:F3}). {cases.Count(c => double.IsNaN(c.Hsi)):N0} cases ended with the state dead.");
        text.AppendLine();
        text.AppendLine("| cases | count | mean Human Security Index | mean freedom from fear | mean freedom from want |");
        text.AppendLine("|---|---:|---:|---:|---:|");
        foreach (var (label, group) in new[] { ("state security maintained", secure), ("other living states", living.Where(c => !c.Secure).ToList()) })
        {
            string M(Func<StateRun, double> f) => group.Count > 0 ? group.Average(f).ToString("F3", inv) : "–";
            text.AppendLine(inv, $"| {label} | {group.Count:N0} | {M(c => c.Hsi)} | {M(c => c.FreedomFromFear)} | {M(c => c.FreedomFromWant)} |");
        }

        return text.ToString();
    }
}

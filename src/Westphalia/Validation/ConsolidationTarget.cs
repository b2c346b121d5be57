using System.Globalization;
using Westphalia.Events;
using Westphalia.Observers;

namespace Westphalia.Validation;

/// <summary>
/// Whether a realist system consolidates, as in the Bremer–Mihalka lineage: <see cref="Runs"/> runs of `cusack-stoll`
/// with every state realist and no United Nations (its 98 states, 1,008 periods), on the validation seeds — a sample
/// declared before the result was looked at. Cusack and Stoll's (1990) re-run of Bremer and Mihalka (1977) reached
/// universal empire in 71% of runs, with a median state survival of 144 periods.
/// <list type="bullet">
/// <item>the share of runs that end in universal or near-universal empire (one state holding at least 90% of the
/// regions); holds in 0.5–0.9;</item>
/// <item>the median survival of the initial states, in periods (states alive at the end count as surviving past the
/// last period); holds within a factor of two of 144 (72–288).</item>
/// </list>
/// </summary>
public sealed class ConsolidationTarget : IValidationTarget
{
    public const int Runs = 20;
    public const string ScenarioName = "cusack-stoll";
    public const double NearUniversal = 0.9;

    public string Name => "consolidation";

    public string Description => "Realist worlds consolidate (Bremer-Mihalka, Cusack & Stoll 1990): 71% universal empire, median state survival 144 periods";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var empire = new bool[Runs];
        var lifetimes = new List<double>[Runs];
        var periods = 0;
        Replications.ForEach(Runs, threads, cancellation, i =>
        {
            var simulation = Replications.Run(ScenarioName, Replications.FirstValidationSeed + i, ["doctrines.default=realist", "parameters.united_nations.enabled=false"], cancellation);
            var world = simulation.World;
            var largest = Enumerable.Range(0, world.States.Count).Where(s => world.States.Alive[s]).Select(s => world.States.RegionCount[s]).DefaultIfEmpty(0).Max();
            empire[i] = largest >= NearUniversal * world.Regions.Count;
            var events = simulation.Observer<EventLogObserver>().Events;
            var born = events.OfType<StateCreated>().Where(e => e.Tick == 0).Select(e => e.State).ToHashSet();
            var died = new Dictionary<int, int>();
            foreach (var e in events.OfType<StateDied>())
            {
                if (born.Contains(e.State))
                {
                    died.TryAdd(e.State, e.Tick);
                }
            }

            var end = simulation.Scenario.Ticks;
            Interlocked.Exchange(ref periods, end);
            lifetimes[i] = [.. born.Select(s => died.TryGetValue(s, out var t) ? t + 1.0 : double.PositiveInfinity)];
        });

        var inv = CultureInfo.InvariantCulture;
        var share = (double)empire.Count(e => e) / Runs;
        var all = lifetimes.SelectMany(l => l).Order().ToList();
        var median = all.Count == 0 ? double.NaN : all[(all.Count - 1) / 2];
        var died = all.Count(double.IsFinite);
        var seeds = $"{ScenarioName}, every state realist, no UN, {Runs} runs of {periods:N0} periods (seeds {Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1})";
        return
        [
            new($"{Name}/empire", share, "0.71 of runs end in universal empire (Cusack & Stoll 1990, re-running Bremer & Mihalka 1977); holds in 0.5-0.9",
                share is >= 0.5 and <= 0.9,
                string.Create(inv, $"{empire.Count(e => e)} of {Runs} runs end with one state holding at least {NearUniversal:P0} of the regions; 95% Wilson interval [{Wilson(empire.Count(e => e), Runs).Low:F2}, {Wilson(empire.Count(e => e), Runs).High:F2}]; {seeds}")),
            new($"{Name}/state-survival", double.IsPositiveInfinity(median) ? periods : median, "median survival 144 periods (Cusack & Stoll 1990); holds in 72-288",
                median is >= 72 and <= 288,
                string.Create(inv, $"{died:N0} of {all.Count:N0} initial states died; median survival {(double.IsPositiveInfinity(median) ? $"beyond the last period ({periods:N0}): most states survive" : median.ToString("F0", inv))}; {seeds}")),
        ];
    }

    /// <summary>The Wilson score interval (95%) of a share of <paramref name="k"/> in <paramref name="n"/>.</summary>
    public static (double Low, double High) Wilson(int k, int n)
    {
        const double z = 1.959963984540054;
        var p = (double)k / n;
        var centre = (p + (z * z / (2 * n))) / (1 + (z * z / n));
        var half = z / (1 + (z * z / n)) * Math.Sqrt((p * (1 - p) / n) + (z * z / (4.0 * n * n)));
        return (centre - half, centre + half);
    }
}

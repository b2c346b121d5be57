using System.Globalization;
using Westphalia.Events;
using Westphalia.Laboratory;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// State death against Fazal (2007, <i>State Death</i>), on the validation seeds, samples declared before the results
/// were looked at:
/// <list type="bullet">
/// <item>the norm against conquest: violent state death nearly stopped after 1945 (Fazal 2007). In <see cref="Runs"/>
/// runs of the default scenario with and without the United Nations, the deaths of states per 1,000 state-years; holds
/// when states die without the UN and the rate with it is below half the rate without;</item>
/// <item>buffer states — states between two rivals — die more often than others (Fazal 2004, 2007). In
/// <see cref="Runs"/> runs of <c>cold-war</c>, the share of the buffer states that died minus the share of the other
/// states; holds when the 95% interval of the mean difference over runs lies above 0.</item>
/// </list>
/// </summary>
public sealed class StateDeathTarget : IValidationTarget
{
    public const int Runs = 20;

    public string Name => "state-death";

    public string Description => "State death: the UN's norm against conquest (Fazal 2007: violent state death nearly stops after 1945) and buffer states dying more often (Fazal 2004)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var deaths = new int[2 * Runs];
        var stateYears = new long[2 * Runs];
        Replications.ForEach(2 * Runs, threads, cancellation, i =>
        {
            var withUn = i >= Runs;
            var simulation = Replications.Run(ScenarioCatalog.DefaultName, Replications.FirstValidationSeed + (i % Runs), [$"parameters.united_nations.enabled={(withUn ? "true" : "false")}"], cancellation);
            deaths[i] = simulation.Observer<EventLogObserver>().Events.OfType<StateDied>().Count();
            stateYears[i] = simulation.Observer<WorldObserver>().Table["states_alive"].Ints.Sum(n => (long)n);
        });

        var buffer = new double[Runs];
        var other = new double[Runs];
        var bufferCounts = new (int States, int Died, int Others, int OthersDied)[Runs];
        Replications.ForEach(Runs, threads, cancellation, i =>
        {
            var simulation = Replications.Run("cold-war", Replications.FirstValidationSeed + i, [], cancellation);
            var summary = simulation.Observer<SummaryObserver>().Summary();
            bufferCounts[i] = (summary.BufferStates, summary.BufferStatesDied, summary.OtherStates, summary.OtherStatesDied);
            buffer[i] = summary.BufferStates > 0 ? (double)summary.BufferStatesDied / summary.BufferStates : 0;
            other[i] = summary.OtherStates > 0 ? (double)summary.OtherStatesDied / summary.OtherStates : 0;
        });

        var inv = CultureInfo.InvariantCulture;
        double Rate(int from) => 1000.0 * deaths.Skip(from).Take(Runs).Sum() / Math.Max(1, stateYears.Skip(from).Take(Runs).Sum());
        var without = Rate(0);
        var with = Rate(Runs);
        var ratio = without > 0 ? with / without : double.NaN;
        var difference = Interval.Of([.. buffer.Zip(other, (b, o) => b - o)]);
        return
        [
            new($"{Name}/un-contrast", ratio, "violent state death nearly stops after 1945 (Fazal 2007); holds when states die without the UN and the rate with it is below half",
                without > 0 && with < without / 2,
                string.Create(inv, $"without the UN {deaths.Take(Runs).Sum()} state deaths in {stateYears.Take(Runs).Sum():N0} state-years ({without:F3} per 1,000); with it {deaths.Skip(Runs).Sum()} in {stateYears.Skip(Runs).Sum():N0} ({with:F3} per 1,000); default, {Runs} runs of 100 years in each arm (seeds {Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1})")),
            new($"{Name}/buffer", difference.Mean, "buffer states die more often than others (Fazal 2004, 2007); holds when the 95% interval of the difference lies above 0",
                difference.Low > 0,
                string.Create(inv, $"buffer states that died {bufferCounts.Sum(c => c.Died)} of {bufferCounts.Sum(c => c.States)}, other states {bufferCounts.Sum(c => c.OthersDied)} of {bufferCounts.Sum(c => c.Others)}; mean difference in the share that died {difference.Mean:+0.000;-0.000}, 95% interval [{difference.Low:+0.000;-0.000}, {difference.High:+0.000;-0.000}]; cold-war, {Runs} runs (seeds {Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1})")),
        ];
    }
}

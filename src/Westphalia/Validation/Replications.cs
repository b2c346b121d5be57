using System.Globalization;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>Runs a measurement over several seeds and summarises it by its median and range.</summary>
public static class Replications
{
    /// <summary>The first seed of the validation targets: seeds from here on were never used to set a parameter.</summary>
    public const int FirstValidationSeed = 1001;

    /// <summary>Seeds of the calibration targets: 1 to <paramref name="count"/>.</summary>
    public static IEnumerable<ulong> Seeds(int count) => Enumerable.Range(1, count).Select(i => (ulong)i);

    /// <summary>Seeds of the validation targets: <see cref="FirstValidationSeed"/> on, <paramref name="count"/> of them.</summary>
    public static IEnumerable<ulong> ValidationSeeds(int count) => Enumerable.Range(FirstValidationSeed, count).Select(i => (ulong)i);

    /// <summary>
    /// Runs <paramref name="count"/> independent jobs on up to <paramref name="threads"/> threads. Each job writes its
    /// result at its own index, so the results do not depend on the order in which jobs finish.
    /// </summary>
    public static void ForEach(int count, int threads, CancellationToken cancellation, Action<int> job) =>
        Parallel.For(0, count, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation }, job);

    /// <summary>One replication: a scenario simulated to its end on one thread (replications run side by side).</summary>
    public static Simulation Run(Scenario scenario, CancellationToken cancellation, Action<Simulation>? watch = null)
    {
        var simulation = new Simulation(scenario, threads: 1);
        watch?.Invoke(simulation);
        simulation.Run(cancellation);
        return simulation;
    }

    /// <summary>One replication of a built-in scenario or file with a seed and overrides (<c>--set</c> syntax).</summary>
    /// <remarks><paramref name="watch"/> is given the simulation before it runs, to subscribe to what it reports.</remarks>
    public static Simulation Run(string scenario, int seed, IReadOnlyList<string> overrides, CancellationToken cancellation, Action<Simulation>? watch = null) =>
        Run(ScenarioLoader.Load(scenario, [$"seed={seed}", .. overrides]), cancellation, watch);

    public static (double Median, double Min, double Max) Summarise(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        var median = n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
        return (median, sorted[0], sorted[^1]);
    }

    public static string Describe(IReadOnlyList<double> values, string format)
    {
        var (_, min, max) = Summarise(values);
        return string.Create(CultureInfo.InvariantCulture, $"median of {values.Count} seeds; range {min.ToString(format, CultureInfo.InvariantCulture)} to {max.ToString(format, CultureInfo.InvariantCulture)}");
    }

    /// <summary>
    /// The 95% interval of a figure over runs, as text: the mean of the per-run values with Student's t (runs are the
    /// independent units, so a pooled share's interval is taken over them, not over its events).
    /// </summary>
    public static string RunInterval(IReadOnlyList<double> perRun, string format)
    {
        var finite = perRun.Where(double.IsFinite).ToList();
        var i = Laboratory.Interval.Of(finite);
        return string.Create(CultureInfo.InvariantCulture, $"mean over {finite.Count} runs {i.Mean.ToString(format, CultureInfo.InvariantCulture)}, 95% interval [{i.Low.ToString(format, CultureInfo.InvariantCulture)}, {i.High.ToString(format, CultureInfo.InvariantCulture)}]");
    }
}

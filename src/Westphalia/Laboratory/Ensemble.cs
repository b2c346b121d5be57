namespace Westphalia.Laboratory;

/// <summary>
/// Runs many simulations side by side, one thread each, on up to <c>threads</c> threads at once, and collects what
/// the caller reads from each finished run. Results come back in the order of the runs, whatever order they finish
/// in: a run's result depends only on its scenario and seed.
/// </summary>
public static class Ensemble
{
    public static T[] Run<T>(IReadOnlyList<Scenarios.Scenario> runs, int threads, Func<Simulation, T> collect, Action<int>? finished = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(collect);
        return Run(runs.Count, i => runs[i], threads, (_, s) => collect(s), finished, cancellation);
    }

    /// <summary>
    /// Runs <paramref name="count"/> simulations, each scenario made when its run starts (so a large ensemble does not
    /// hold every scenario at once); <paramref name="collect"/> is given the run's index, on the run's thread.
    /// </summary>
    public static T[] Run<T>(int count, Func<int, Scenarios.Scenario> scenario, int threads, Func<int, Simulation, T> collect, Action<int>? finished = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(collect);
        var results = new T[count];
        var done = 0;
        var options = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, threads), CancellationToken = cancellation };
        Parallel.For(0, count, options, i =>
        {
            var simulation = new Simulation(scenario(i), threads: 1);
            simulation.Run(cancellation);
            results[i] = collect(i, simulation);
            finished?.Invoke(Interlocked.Increment(ref done));
        });
        return results;
    }
}

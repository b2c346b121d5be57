using System.Diagnostics;
using System.Globalization;
using Spectre.Console;

namespace Westphalia.Cli;

/// <summary>
/// The progress of many runs (compare, sweep, sensitivity): a bar with the time left on an interactive terminal, else a
/// line every ten seconds and at the end with the runs done, the time taken and the time left; nothing when quiet.
/// </summary>
internal static class RunProgress
{
    /// <summary>Calls <paramref name="run"/> with the callback it reports each finished run to, and returns what it returns.</summary>
    public static async Task<T> RunAsync<T>(IAnsiConsole console, bool quiet, int total, Stopwatch clock, Func<Action<int>, T> run)
    {
        ArgumentNullException.ThrowIfNull(console);
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(run);
        if (!quiet && !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive)
        {
            T? done = default;
            await console.Progress()
                .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                .StartAsync(async ctx =>
                {
                    var task = ctx.AddTask("runs", maxValue: Math.Max(1, total));
                    done = await Task.Run(() => run(n => task.Value = n)).ConfigureAwait(false);
                }).ConfigureAwait(false);
            return done!;
        }

        var lastReport = Stopwatch.StartNew();
        return run(n =>
        {
            if (!quiet && (n == total || lastReport.Elapsed > TimeSpan.FromSeconds(10)))
            {
                lock (lastReport)
                {
                    var left = n < total ? string.Create(CultureInfo.InvariantCulture, $", about {clock.Elapsed.TotalSeconds / n * (total - n):F0} s left") : "";
                    console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{n}/{total} runs, {clock.Elapsed.TotalSeconds:F0} s{left}"));
                    lastReport.Restart();
                }
            }
        });
    }
}

using Westphalia.Metrics;
using Westphalia.Scenarios;

namespace Westphalia.Tests;

/// <summary>Small scenarios for tests.</summary>
internal static class TestWorlds
{
    public static Scenario Grid(int width = 12, int height = 10, int states = 6, ulong seed = 1, int years = 2, params string[] extra) =>
        ScenarioLoader.Load("default", [
            $"world.generator.width={width}", $"world.generator.height={height}", $"world.generator.states={states}",
            $"seed={seed}", $"years={years}", .. extra]);

    public static string TempFolder()
    {
        var path = Path.Combine(TempRoot.Value, Guid.NewGuid().ToString("N")[..16]);
        Directory.CreateDirectory(path);
        return path;
    }

    /// <summary>
    /// This test process's folder of temporary folders. A whole run of the tests writes gigabytes of run folders; the
    /// folders of test processes that have ended (named by their process id) are removed when the next one starts,
    /// and this one's when it exits, where the test host lets it.
    /// </summary>
    private static readonly Lazy<string> TempRoot = new(() =>
    {
        var parent = Path.Combine(Path.GetTempPath(), "westphalia-tests");
        RemoveFoldersOfEndedProcesses(parent);
        // Short names: commands print these paths, and the tests read them back from output wrapped at 80 columns.
        var root = Path.Combine(parent, $"{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(root);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(root);
        return root;
    });

    private static void RemoveFoldersOfEndedProcesses(string parent)
    {
        if (!Directory.Exists(parent))
        {
            return;
        }

        foreach (var folder in Directory.EnumerateDirectories(parent))
        {
            var name = Path.GetFileName(folder);
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name.AsSpan(0, dash), out var pid) && !Alive(pid))
            {
                TryDelete(folder);
            }
        }
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // In use (a child process not yet gone): left for the next run, or the system's temp cleaning.
        }
    }

    /// <summary>Runs a scenario for some ticks, saves a checkpoint, and restores it into a fresh simulation.</summary>
    public static Simulation RestoredAfter(Scenario scenario, int ticks)
    {
        var first = new Simulation(scenario);
        for (var t = 0; t < ticks; t++)
        {
            first.Step();
        }

        using var checkpoint = new MemoryStream();
        first.Save(checkpoint);
        checkpoint.Position = 0;
        var second = new Simulation(scenario);
        second.Restore(checkpoint);
        return second;
    }

    /// <summary>A table as the CSV bytes the run folder would hold.</summary>
    public static byte[] Csv(Table table)
    {
        using var stream = new MemoryStream();
        CsvTableWriter.Write(table, stream);
        return stream.ToArray();
    }
}

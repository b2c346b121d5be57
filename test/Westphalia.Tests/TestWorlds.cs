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
        var path = Path.Combine(Path.GetTempPath(), "westphalia-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(path);
        return path;
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

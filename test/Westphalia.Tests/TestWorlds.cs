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
}

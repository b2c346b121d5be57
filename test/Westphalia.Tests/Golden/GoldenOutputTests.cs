using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Golden;

/// <summary>
/// The built-in scenarios, run with their own seeds, give the data files whose SHA-256 hashes are recorded in
/// <c>golden-hashes.txt</c>: a change that is meant to leave the model's behaviour alone (a refactoring, a faster
/// loop) must leave every byte alone. A change that is meant to alter outputs records the new hashes with
/// <c>WESTPHALIA_RECORD_GOLDEN=1 dotnet test --filter FullyQualifiedName~GoldenOutputTests</c> and says why in its
/// commit message.
/// </summary>
public class GoldenOutputTests
{
    /// <summary>The scenarios and, where the full run is long, the years run.</summary>
    public static TheoryData<string, int?> Scenarios => new()
    {
        { "default", null },
        { "cold-war", null },
        { "civil-war", null },
        { "cusack-stoll", null },
        { "geosim-2003", 100 },
        { "two-states", null },
    };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_built_in_scenario_gives_its_recorded_outputs(string scenario, int? years)
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        string[] args = years is { } y
            ? ["run", scenario, "--years", y.ToString(System.Globalization.CultureInfo.InvariantCulture), "--threads", "2", "--quiet", "--out", output]
            : ["run", scenario, "--threads", "2", "--quiet", "--out", output];
        var result = CliHarness.Run(args);
        Assert.True(result.Code == 0, result.Err);
        var actual = Westphalia.Cli.RunFolder.DataFiles.ToDictionary(f => f, f => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(output, f)))));
        if (Environment.GetEnvironmentVariable("WESTPHALIA_RECORD_GOLDEN") == "1")
        {
            Record(scenario, actual);
            return;
        }

        var expected = Recorded().Where(r => r.Scenario == scenario).ToDictionary(r => r.File, r => r.Hash);
        Assert.True(expected.Count > 0, $"no hashes are recorded for {scenario}");
        var differing = actual.Where(a => !expected.TryGetValue(a.Key, out var hash) || hash != a.Value).Select(a => a.Key).ToList();
        Assert.True(differing.Count == 0, $"{scenario}: {string.Join(", ", differing)} differ from the recorded outputs");
    }

    private static readonly Lock RecordLock = new();

    /// <summary>The file in the source tree, where recording writes (the build copies it next to the tests).</summary>
    private static string HashFile([CallerFilePath] string source = "") => Path.Combine(Path.GetDirectoryName(source)!, "golden-hashes.txt");

    private static List<(string Scenario, string File, string Hash)> Recorded(string? path = null) =>
        [.. File.ReadAllLines(path ?? Path.Combine(AppContext.BaseDirectory, "Golden", "golden-hashes.txt"))
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split(' '))
            .Select(p => (p[0], p[1], p[2]))];

    private static void Record(string scenario, Dictionary<string, string> hashes)
    {
        lock (RecordLock)
        {
            var others = File.Exists(HashFile()) ? Recorded(HashFile()).Where(r => r.Scenario != scenario).ToList() : [];
            var lines = others.Concat(hashes.Select(h => (scenario, h.Key, h.Value)))
                .OrderBy(r => r.Item1, StringComparer.Ordinal).ThenBy(r => Array.IndexOf(Westphalia.Cli.RunFolder.DataFiles, r.Item2))
                .Select(r => $"{r.Item1} {r.Item2} {r.Item3}");
            File.WriteAllLines(HashFile(), ["# scenario file sha256: the data files of the built-in scenarios (GoldenOutputTests)", .. lines]);
        }
    }
}

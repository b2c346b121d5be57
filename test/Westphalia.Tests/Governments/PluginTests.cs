using System.Runtime.CompilerServices;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Governments;

/// <summary>
/// A researcher's doctrine in a project of their own (examples/GoodNeighbour) is loaded with --plugin, named in a
/// scenario with its own parameters, and recorded in the run folder so that the run can be resumed with it. Each run is
/// its own process, so the test host's catalogue of doctrines is left as it is.
/// </summary>
public class PluginTests
{
    private static string Repository([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    /// <summary>The example plug-in as the build of the tests' configuration left it.</summary>
    private static string Plugin()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var path = Path.Combine(Repository(), "examples", "GoodNeighbour", "bin", configuration, "net10.0", "GoodNeighbour.dll");
        Assert.True(File.Exists(path), $"the example plug-in is built with the tests: {path}");
        return path;
    }

    private static string Scenario => Path.Combine(Repository(), "examples", "GoodNeighbour", "good-neighbours.yaml");

    [Fact]
    public void A_plug_in_doctrine_governs_the_states_a_scenario_assigns_it()
    {
        var root = TestWorlds.TempFolder();
        var output = Path.Combine(root, "run");
        var run = CliProcess.Run(root, "run", Scenario, "--plugin", Plugin(), "--years", "10", "--out", output, "--quiet");
        Assert.True(run.ExitCode == 0, run.Err);

        var rows = File.ReadAllLines(Path.Combine(output, "states.csv")).Skip(1).Select(l => l.Split(',')).ToList();
        var header = File.ReadLines(Path.Combine(output, "states.csv")).First().Split(',');
        int Column(string name) => Array.IndexOf(header, name);
        Assert.Contains(rows, r => r[Column("state")] == "State 4" && r[Column("doctrine")] == "good-neighbour");
        Assert.Contains(rows, r => r[Column("state")] == "State 5" && r[Column("doctrine")] == "balanced");

        // Its budget rule: at least 4% of revenue in aid, where the balanced doctrine gives 2%.
        double AidShare(string doctrine) => rows.Where(r => r[Column("doctrine")] == doctrine && double.Parse(r[Column("tax_revenue")], System.Globalization.CultureInfo.InvariantCulture) > 0)
            .Average(r => double.Parse(r[Column("aid_given")], System.Globalization.CultureInfo.InvariantCulture) / double.Parse(r[Column("tax_revenue")], System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(AidShare("good-neighbour") > 0.035, $"{AidShare("good-neighbour")}");
        Assert.True(AidShare("good-neighbour") > 1.5 * AidShare("balanced"));

        // The run folder names the plug-in, and its scenario carries the plug-in's parameters.
        Assert.Contains("GoodNeighbour.dll", File.ReadAllText(Path.Combine(output, "manifest.json")), StringComparison.Ordinal);
        Assert.Contains("surge: 0.08", File.ReadAllText(Path.Combine(output, "scenario.yaml")), StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_with_a_plug_in_resumes_with_it_to_the_same_files()
    {
        var root = TestWorlds.TempFolder();
        var whole = Path.Combine(root, "whole");
        var stopped = Path.Combine(root, "stopped");
        // Long enough that the signal, sent at a tenth of the run, finds it still going on a fast machine.
        string[] args = ["run", Scenario, "--plugin", Plugin(), "--years", "300", "--seed", "3"];
        Assert.Equal(0, CliProcess.Run(root, [.. args, "--out", whole, "--quiet"]).ExitCode);
        using (var p = CliProcess.Start(root, [.. args, "--out", stopped]))
        {
            p.WaitForLine("(30/300 years)", TimeSpan.FromMinutes(1));
            Assert.True(p.Signal(15), "the run was still going");
            p.Wait(TimeSpan.FromMinutes(1));
            Assert.Equal(143, p.ExitCode);
        }

        var resumed = CliProcess.Run(root, "resume", stopped, "--quiet");
        Assert.True(resumed.ExitCode == 0, resumed.Err);
        foreach (var file in Westphalia.Cli.RunFolder.DataFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(stopped, file)));
        }
    }

    [Fact]
    public void A_scenario_that_names_a_plug_in_doctrine_not_loaded_is_refused_where_it_names_it()
    {
        var root = TestWorlds.TempFolder();
        var run = CliProcess.Run(root, "scenario", "validate", Scenario);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("good-neighbours.yaml:24:5: doctrines.plugins.good-neighbour: no plug-in doctrine named 'good-neighbour' is loaded", run.Err, StringComparison.Ordinal);

        // Without its parameters the scenario still names the doctrine, and is refused where it does.
        var bare = Path.Combine(root, "bare.yaml");
        File.WriteAllText(bare, "name: bare\nyears: 2\ndoctrines:\n  assignments:\n    State 1: good-neighbour\n");
        run = CliProcess.Run(root, "scenario", "validate", bare);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("bare.yaml:5:14: doctrines.assignments.State 1: unknown doctrine 'good-neighbour'", run.Err, StringComparison.Ordinal);
        Assert.Equal(0, CliProcess.Run(root, "scenario", "validate", Scenario, "--plugin", Plugin()).ExitCode);
    }
}

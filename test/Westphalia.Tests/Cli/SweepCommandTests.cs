namespace Westphalia.Tests.Cli;

/// <summary>
/// <c>westphalia sweep</c> and <c>westphalia merge</c>: the table's layout and order, a sweep stopped part-way and
/// continued, and shards joined, each giving sweep.csv and sweep.parquet byte-identical to one uninterrupted sweep.
/// </summary>
public class SweepCommandTests
{
    private const string Design = """
        scenario: default
        years: 2
        replications: 2
        design: full-factorial
        set: ["parameters.united_nations.enabled=false"]
        factors:
          parameters.economy.convergence: [0.01, 0.03]
          doctrines.default: [realist, human-security]
        """;

    private static readonly string[] Tables = ["sweep.csv", "sweep.parquet", "datapackage.json"];

    private static string WriteDesign(string folder, string text = Design)
    {
        var file = Path.Combine(folder, "design.yaml");
        File.WriteAllText(file, text);
        return file;
    }

    private static string Sweep(string folder, string design, string name, params string[] args)
    {
        var output = Path.Combine(folder, name);
        var result = CliHarness.Run(["sweep", design, "--out", output, "--threads", "2", .. args]);
        Assert.True(result.Code == 0, result.Err);
        return output;
    }

    /// <summary>The console wraps long lines: compare text with every run of white space as one space.</summary>
    private static string Flat(string text) => System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " ");

    private static void AssertSameTables(string expected, string actual)
    {
        foreach (var table in Tables)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, table)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, table))), $"{table} differs");
        }
    }

    [Fact]
    public void A_sweep_writes_one_row_per_run_and_year_in_run_order_with_the_factors_values()
    {
        var folder = TestWorlds.TempFolder();
        var output = Sweep(folder, WriteDesign(folder), "sweep");
        var lines = File.ReadAllLines(Path.Combine(output, "sweep.csv"));
        var header = lines[0].Split(',');
        Assert.Equal(["run", "point", "replication", "seed", "parameters.economy.convergence", "doctrines.default", "year"], header.Take(7));
        Assert.Equal(1 + (8 * 2), lines.Length);
        var rows = lines.Skip(1).Select(l => l.Split(',')).ToArray();
        Assert.Equal(Enumerable.Range(0, 8).SelectMany(r => new[] { r, r }), rows.Select(r => int.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(["5", "2", "2", "2", "0.03", "realist"], rows[10].Take(6)); // run 5 = point 2, replication 2
        Assert.True(File.Exists(Path.Combine(output, "sweep.parquet")));
        Assert.Equal(8, Directory.GetFiles(Path.Combine(output, "runs"), "run-*.bin").Length);
    }

    [Fact]
    public void A_sweep_missing_some_runs_runs_only_those_and_gives_the_same_files()
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder);
        var whole = Sweep(folder, design, "whole");
        var part = Sweep(folder, design, "part");
        foreach (var run in new[] { 0, 3, 7 })
        {
            File.Delete(Path.Combine(part, "runs", $"run-{run:D6}.bin"));
        }

        File.WriteAllText(Path.Combine(part, "runs", "run-000005.bin"), "cut short"); // a damaged record runs again
        File.Delete(Path.Combine(part, "sweep.csv"));
        var result = CliHarness.Run("sweep", design, "--out", part);
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("4 already done: 4 runs to do", Flat(result.Out), StringComparison.Ordinal);
        AssertSameTables(whole, part);
    }

    [Fact]
    public void With_runs_every_run_keeps_the_folder_westphalia_run_writes_and_an_incomplete_one_is_redone()
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder);
        var whole = Sweep(folder, design, "whole");
        var kept = Sweep(folder, design, "kept", "--runs");
        AssertSameTables(whole, kept);
        Assert.All(Enumerable.Range(0, 8), r => Assert.True(File.Exists(Path.Combine(kept, "runs", $"run-{r:D6}", "manifest.json"))));
        Assert.Equal(8, Directory.GetFiles(Path.Combine(kept, "runs"), "run-*.bin").Length);

        // Run 5's folder is the folder of 'westphalia run' on its scenario, file for file.
        var alone = Path.Combine(folder, "alone");
        var run5 = Path.Combine(kept, "runs", "run-000005");
        Assert.Equal(0, CliHarness.Run("run", Path.Combine(run5, "scenario.yaml"), "--quiet", "--out", alone).Code);
        foreach (var file in Westphalia.Cli.RunFolder.DataFiles.Append("manifest.json"))
        {
            Assert.True(File.ReadAllBytes(Path.Combine(alone, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(run5, file))), $"{file} differs");
        }

        // An incomplete folder (no manifest), a missing folder and a missing record: those three runs are done again.
        File.Delete(Path.Combine(kept, "runs", "run-000002", "manifest.json"));
        Directory.Delete(Path.Combine(kept, "runs", "run-000006"), recursive: true);
        File.Delete(Path.Combine(kept, "runs", "run-000003.bin"));
        File.Delete(Path.Combine(kept, "sweep.csv"));
        var result = CliHarness.Run("sweep", design, "--out", kept, "--runs");
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains("5 already done: 3 runs to do", Flat(result.Out), StringComparison.Ordinal);
        AssertSameTables(whole, kept);
        Assert.All(Enumerable.Range(0, 8), r => Assert.True(File.Exists(Path.Combine(kept, "runs", $"run-{r:D6}", "manifest.json"))));
        Assert.Equal(File.ReadAllBytes(Path.Combine(alone, "states.csv")), File.ReadAllBytes(Path.Combine(run5, "states.csv")));

        // Shards keep their runs' folders too, and merge joins their records as before.
        var shards = Enumerable.Range(1, 2).Select(i => Sweep(folder, design, $"shard{i}", "--shard", $"{i}/2", "--runs")).ToArray();
        Assert.True(File.Exists(Path.Combine(shards[1], "runs", "run-000001", "manifest.json")));
        var merged = Path.Combine(folder, "merged");
        Assert.Equal(0, CliHarness.Run(["merge", .. shards, "--out", merged]).Code);
        AssertSameTables(whole, merged);
    }

    [Fact]
    public void Three_shards_merged_give_the_unsharded_sweeps_files_byte_for_byte()
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder);
        var whole = Sweep(folder, design, "whole");
        var shards = Enumerable.Range(1, 3).Select(i => Sweep(folder, design, $"shard{i}", "--shard", $"{i}/3")).ToArray();
        Assert.Equal([3, 3, 2], shards.Select(s => Directory.GetFiles(Path.Combine(s, "runs")).Length));
        Assert.All(shards, s => Assert.False(File.Exists(Path.Combine(s, "sweep.csv"))));

        var incomplete = CliHarness.Run(["merge", shards[0], shards[2], "--out", Path.Combine(folder, "incomplete")]);
        Assert.Equal(2, incomplete.Code);
        Assert.Contains("3 of the sweep's 8 runs are in none of the folders (run ids 1, 4, 7)", incomplete.Err, StringComparison.Ordinal);

        var merged = Path.Combine(folder, "merged");
        var result = CliHarness.Run(["merge", .. shards, "--out", merged]);
        Assert.True(result.Code == 0, result.Err);
        AssertSameTables(whole, merged);
    }

    [Fact]
    public void A_folder_of_another_design_or_shard_is_refused()
    {
        var folder = TestWorlds.TempFolder();
        var design = WriteDesign(folder);
        var output = Sweep(folder, design, "sweep", "--shard", "1/2");
        var other = Path.Combine(folder, "other.yaml");
        File.WriteAllText(other, Design.Replace("years: 2", "years: 3", StringComparison.Ordinal));

        var changed = CliHarness.Run("sweep", other, "--out", output, "--shard", "1/2");
        Assert.Equal(2, changed.Code);
        Assert.Contains("the folder holds another sweep", changed.Err, StringComparison.Ordinal);
        var unsharded = CliHarness.Run("sweep", design, "--out", output);
        Assert.Equal(2, unsharded.Code);
        Assert.Contains("the folder holds shard 1/2", unsharded.Err, StringComparison.Ordinal);
        var merged = CliHarness.Run("merge", output, Sweep(folder, other, "other", "--shard", "2/2"), "--out", Path.Combine(folder, "m"));
        Assert.Equal(2, merged.Code);
        Assert.Contains("a shard of another sweep", merged.Err, StringComparison.Ordinal);
        var bad = CliHarness.Run("sweep", design, "--shard", "3/2", "--out", Path.Combine(folder, "x"));
        Assert.Equal(2, bad.Code);
        Assert.Contains("--shard 3/2: give i/n", bad.Err, StringComparison.Ordinal);

        var run = Path.Combine(folder, "run");
        Assert.Equal(0, CliHarness.Run("run", "default", "--years", "1", "--out", run).Code);
        var notSweep = CliHarness.Run("sweep", design, "--out", run);
        Assert.Equal(2, notSweep.Code);
        Assert.Contains("the folder already holds a complete run", notSweep.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void A_sweep_stopped_by_SIGTERM_after_some_runs_continues_to_identical_files()
    {
        var folder = TestWorlds.TempFolder();
        // 24 runs of 6 years, one at a time: a few seconds, so the signal arrives while runs remain.
        var design = WriteDesign(folder, Design.Replace("years: 2", "years: 6", StringComparison.Ordinal).Replace("[0.01, 0.03]", "[0.01, 0.02, 0.03]", StringComparison.Ordinal).Replace("replications: 2", "replications: 4", StringComparison.Ordinal));
        var whole = Sweep(folder, design, "whole");
        var stopped = Path.Combine(folder, "stopped");
        using (var p = CliProcess.Start(folder, "sweep", design, "--out", stopped, "--threads", "1"))
        {
            var runs = Path.Combine(stopped, "runs");
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while ((!Directory.Exists(runs) || Directory.GetFiles(runs, "run-*.bin").Length < 3) && clock.Elapsed < TimeSpan.FromMinutes(1))
            {
                Thread.Sleep(10);
            }

            Assert.True(p.Signal(15), "the sweep ended before the signal");
            p.Wait(TimeSpan.FromMinutes(1));
            Assert.True(p.ExitCode == 143, $"exit {p.ExitCode}: {p.Out}{p.Err}");
            Assert.Contains("finished runs kept; continue with: westphalia sweep", Flat(p.Out), StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", p.Err, StringComparison.Ordinal);
        }

        var kept = Directory.GetFiles(Path.Combine(stopped, "runs"), "run-*.bin").Length;
        Assert.InRange(kept, 3, 23);
        Assert.False(File.Exists(Path.Combine(stopped, "sweep.csv")));
        var result = CliHarness.Run("sweep", design, "--out", stopped);
        Assert.True(result.Code == 0, result.Err);
        Assert.Contains($"{kept} already done: {24 - kept} runs to do", Flat(result.Out), StringComparison.Ordinal);
        AssertSameTables(whole, stopped);
    }
}

using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Westphalia.Tests.Cli;

/// <summary>
/// The sweep launcher on a real Slurm cluster: test/run.sh (and so .ci/run) installs Debian's slurm-wlm and munge and
/// starts a one-node cluster, and this test submits a sweep with deploy/slurm/submit.sh as a job array of shards and a
/// merge, waits for them, and compares the merged table with the unsharded sweep's, byte for byte.
/// </summary>
public class SlurmTests
{
    private static string Repository([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    [Fact]
    public void A_sweep_submitted_as_a_slurm_job_array_and_merged_equals_the_unsharded_sweep()
    {
        var conf = Environment.GetEnvironmentVariable("SLURM_CONF");
        Assert.True(!string.IsNullOrEmpty(conf) && File.Exists(conf),
            "no Slurm cluster: run the tests with test/run.sh, which installs and starts one (test/components.sh)");
        var folder = TestWorlds.TempFolder();
        var design = Path.Combine(folder, "design.yaml");
        File.WriteAllText(design, """
            scenario: default
            years: 2
            replications: 2
            design: full-factorial
            factors:
              doctrines.default: [realist, human-security, collective-security]
            """);
        var merged = Path.Combine(folder, "merged");
        var submit = Run("bash", [Path.Combine(Repository(), "deploy", "slurm", "submit.sh"), design, merged, "3", "--cpus-per-task=1", $"--chdir={folder}"],
            new Dictionary<string, string> { ["WESTPHALIA"] = $"dotnet {CliHarness.CommandPath}" });
        Assert.True(submit.Code == 0, submit.Output);

        // "shards: job A (array 1-3); merge: job B -> OUT": wait until neither is queued or running.
        var words = submit.Output.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var jobs = new[] { words[Array.IndexOf(words, "shards:") + 2], words[Array.IndexOf(words, "merge:") + 2] };
        var clock = Stopwatch.StartNew();
        while (Run("squeue", ["-h", "-j", string.Join(',', jobs)]).Output.Trim().Length > 0)
        {
            Assert.True(clock.Elapsed < TimeSpan.FromMinutes(5), $"the jobs are still queued after 5 minutes:\n{Run("squeue", []).Output}");
            Thread.Sleep(500);
        }

        var logs = string.Join('\n', Directory.GetFiles(folder, "westphalia-*.out").Select(f => $"{Path.GetFileName(f)}:\n{File.ReadAllText(f)}"));
        Assert.True(File.Exists(Path.Combine(merged, "sweep.csv")), $"the merge wrote nothing; job output:\n{logs}");
        Assert.Equal(3, Directory.GetDirectories(folder, "merged-shard-*").Length);

        var whole = Path.Combine(folder, "whole");
        var unsharded = CliHarness.Run("sweep", design, "--out", whole, "--quiet");
        Assert.True(unsharded.Code == 0, unsharded.Err);
        foreach (var file in new[] { "sweep.csv", "sweep.parquet" })
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(merged, file)));
        }
    }

    private static (int Code, string Output) Run(string command, string[] args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error);
    }
}

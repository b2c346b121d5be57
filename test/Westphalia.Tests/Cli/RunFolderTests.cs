using System.Diagnostics;

namespace Westphalia.Tests.Cli;

/// <summary>Run folders: one process at a time, fresh names without --out, damaged checkpoints refused, full disks said plainly.</summary>
public class RunFolderTests
{
    private static readonly string[] Small =
    [
        "--set", "world.generator.width=10", "--set", "world.generator.height=8", "--set", "world.generator.states=4", "--quiet",
    ];

    [Fact]
    public void Running_the_same_command_twice_without_out_keeps_both_runs_in_numbered_folders()
    {
        var root = TestWorlds.TempFolder();
        var first = CliProcess.Run(root, ["run", "default", "--years", "1", .. Small[..^1]]);
        var second = CliProcess.Run(root, ["run", "default", "--years", "1", .. Small[..^1]]);
        Assert.True(first.ExitCode == 0, first.Err);
        Assert.True(second.ExitCode == 0, second.Err);
        Assert.Contains($"Run folder: {Path.Combine(root, "runs", "default-seed20260101")}{Environment.NewLine}", first.Out, StringComparison.Ordinal);
        Assert.Contains($"Run folder: {Path.Combine(root, "runs", "default-seed20260101-2")}{Environment.NewLine}", second.Out, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(root, "runs", "default-seed20260101", "manifest.json")));
        Assert.True(File.Exists(Path.Combine(root, "runs", "default-seed20260101-2", "manifest.json")));
    }

    [Fact]
    public void An_explicit_out_onto_a_complete_run_stays_refused()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        Assert.Equal(0, CliHarness.Run(["run", "default", "--years", "1", .. Small, "--out", output]).Code);
        var again = CliHarness.Run(["run", "default", "--years", "1", .. Small, "--out", output]);
        Assert.Equal(2, again.Code);
        Assert.Contains("already holds a complete run", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_runs_started_at_once_into_one_folder_do_not_collide()
    {
        var root = TestWorlds.TempFolder();
        var output = Path.Combine(root, "run");
        string[] args = ["run", "default", "--years", "3", .. Small, "--out", output];
        using var a = CliProcess.Start(root, args);
        using var b = CliProcess.Start(root, args);
        a.Wait(TimeSpan.FromMinutes(2));
        b.Wait(TimeSpan.FromMinutes(2));
        var codes = new[] { a.ExitCode, b.ExitCode }.Order().ToArray();
        Assert.Equal([0, 2], codes);
        var loser = a.ExitCode == 2 ? a : b;
        Assert.Matches("another westphalia process is working in this run folder|already holds (a complete|an unfinished) run", loser.Err);
        Assert.Equal(0, CliHarness.Run("resume", output).Code); // the winner's run is whole
    }

    [Fact]
    public void A_folder_in_use_by_another_process_is_refused_to_resume()
    {
        var root = TestWorlds.TempFolder();
        var output = Path.Combine(root, "run");
        using var running = CliProcess.Start(root, ["run", "default", "--years", "60", "--out", output]);
        running.WaitForLine("Run folder:", TimeSpan.FromMinutes(1));
        var second = CliHarness.Run("resume", output);
        Assert.True(running.Signal(15), "the first run ended before the second tried the folder");
        running.Wait(TimeSpan.FromMinutes(1));
        Assert.Equal(2, second.Code);
        Assert.Contains("another westphalia process is working in this run folder", second.Err, StringComparison.Ordinal);
    }

    public static TheoryData<string, Action<byte[]>> Damages => new()
    {
        { "64 bytes overwritten at five places", bytes => { foreach (var at in new[] { 0.1, 0.3, 0.5, 0.7, 0.9 }) { Array.Fill(bytes, (byte)0x5A, (int)(bytes.Length * at), 64); } } },
        { "five 0xFF bytes", bytes => { for (var i = 0; i < 5; i++) { bytes[(bytes.Length / 7 * (i + 1)) + i] = 0xFF; } } },
        { "one bit flipped", bytes => bytes[bytes.Length / 2] ^= 1 },
        { "the checksum changed", bytes => bytes[^1] ^= 0x80 },
    };

    [Theory]
    [MemberData(nameof(Damages))]
    public void A_damaged_checkpoint_is_refused_with_exit_2_and_the_run_stays_incomplete(string damage, Action<byte[]> harm)
    {
        ArgumentNullException.ThrowIfNull(harm);
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        var (checkpoint, _) = Interrupted(output);
        var bytes = File.ReadAllBytes(checkpoint);
        harm(bytes);
        File.WriteAllBytes(checkpoint, bytes);
        var resumed = CliHarness.Run("resume", output, "--quiet");
        Assert.True(resumed.Code == 2, damage + ": " + resumed.Err);
        Assert.Contains("checkpoint.bin: the checkpoint is damaged", resumed.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(output, "manifest.json")));
    }

    [Fact]
    public void A_truncated_checkpoint_is_refused()
    {
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        var (checkpoint, _) = Interrupted(output);
        foreach (var keep in new[] { 0, 10, 30, 1000 })
        {
            var bytes = File.ReadAllBytes(checkpoint);
            File.WriteAllBytes(checkpoint + ".whole", bytes);
            File.WriteAllBytes(checkpoint, bytes[..Math.Min(keep, bytes.Length - 1)]);
            var resumed = CliHarness.Run("resume", output, "--quiet");
            Assert.True(resumed.Code == 2, resumed.Err);
            Assert.Matches("checkpoint.bin: (the checkpoint is truncated|not a Westphalia checkpoint|the checkpoint is damaged)", resumed.Err);
            File.Move(checkpoint + ".whole", checkpoint, overwrite: true);
        }

        Assert.Equal(0, CliHarness.Run("resume", output, "--quiet").Code);
    }

    [Fact]
    public void A_full_disk_is_said_plainly_and_the_finished_simulation_is_kept_when_it_fits()
    {
        // A 1 MiB file system in a mount namespace of the test's own (unshare maps the user to root there).
        var root = TestWorlds.TempFolder();
        var mount = Path.Combine(root, "small");
        Directory.CreateDirectory(mount);
        var (code, output, error) = Unshared($"mount -t tmpfs -o size=1m tmpfs '{mount}' && cd '{mount}' && exec dotnet '{CliHarness.CommandPath}' run --years 20 --out '{mount}/run'");
        Assert.True(code == 2, $"exit {code}: {output}{error}");
        Assert.Contains("cannot write (no space left on the device)", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_read_only_file_system_is_said_plainly()
    {
        var root = TestWorlds.TempFolder();
        var mount = Path.Combine(root, "ro");
        Directory.CreateDirectory(mount);
        var (code, _, error) = Unshared($"mount -t tmpfs -o size=1m,ro tmpfs '{mount}' && exec dotnet '{CliHarness.CommandPath}' run --years 1 --out '{mount}/run'");
        Assert.True(code == 2, $"exit {code}: {error}");
        Assert.Contains($"{mount}/run: cannot write there (the file system is read-only)", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_run_stopped_after_its_simulation_resumes_to_write_its_files()
    {
        // A checkpoint at the last tick (what a signal while writing leaves) is a finished simulation.
        var output = Path.Combine(TestWorlds.TempFolder(), "run");
        var (_, whole) = Interrupted(output, atEnd: true);
        Assert.Equal(0, CliHarness.Run("resume", output, "--quiet").Code);
        foreach (var file in Westphalia.Cli.RunFolder.DataFiles)
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(whole, file)), File.ReadAllBytes(Path.Combine(output, file)));
        }
    }

    /// <summary>
    /// Runs a shell script in a mount namespace of its own, where it may mount file systems: as root a plain mount
    /// namespace, otherwise (or where that is not allowed) with a user namespace that maps the user to root.
    /// </summary>
    private static (int Code, string Out, string Err) Unshared(string script)
    {
        string[][] ways = Environment.UserName == "root"
            ? [["--mount"], ["--user", "--map-root-user", "--mount"]]
            : [["--user", "--map-root-user", "--mount"]];
        var result = (Code: -1, Out: "", Err: "");
        foreach (var way in ways)
        {
            var start = new ProcessStartInfo("unshare", [.. way, "sh", "-c", script])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var error = new System.Text.StringBuilder();
            process.ErrorDataReceived += (_, e) => error.AppendLine(e.Data);
            process.BeginErrorReadLine();
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            result = (process.ExitCode, output, error.ToString());
            var setUpFailed = result.Err.Contains("unshare failed", StringComparison.Ordinal) || result.Err.StartsWith("mount:", StringComparison.Ordinal);
            if (!setUpFailed)
            {
                return result;
            }
        }

        Assert.Fail($"cannot make a mount namespace to test a small file system here: {result.Err}");
        return result;
    }

    /// <summary>A run folder left as a signal leaves it (a scenario, options and a checkpoint), and a complete twin.</summary>
    private static (string Checkpoint, string Whole) Interrupted(string output, bool atEnd = false)
    {
        var whole = output + "-whole";
        Assert.Equal(0, CliHarness.Run(["run", "default", "--years", "3", .. Small, "--out", whole]).Code);
        var scenario = Westphalia.Scenarios.ScenarioLoader.LoadFile(Path.Combine(whole, "scenario.yaml"));
        var simulation = new Simulation(scenario);
        var ticks = atEnd ? scenario.Ticks : 17;
        for (var t = 0; t < ticks; t++)
        {
            simulation.Step();
        }

        Directory.CreateDirectory(output);
        File.Copy(Path.Combine(whole, "scenario.yaml"), Path.Combine(output, "scenario.yaml"));
        File.Copy(Path.Combine(whole, "run.json"), Path.Combine(output, "run.json"));
        var checkpoint = Path.Combine(output, "checkpoint.bin");
        using (var stream = File.Create(checkpoint))
        {
            simulation.Save(stream);
        }

        return (checkpoint, whole);
    }
}

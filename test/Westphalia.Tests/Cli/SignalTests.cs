namespace Westphalia.Tests.Cli;

/// <summary>
/// SIGTERM (what timeout, Docker, Slurm and Kubernetes send) and SIGINT (Ctrl-C) at random moments, while the
/// simulation runs and while its files are written: the run stops with 143 or 130, leaves a checkpoint and no file
/// that looks complete, and `resume` finishes it with every file byte-identical to an uninterrupted run.
/// </summary>
public class SignalTests
{
    private const int Sigint = 2;
    private const int Sigterm = 15;

    // The default world for 40 years: under a second of simulation and about as long writing files on this class of machine.
    private static readonly string[] Run = ["run", "default", "--years", "40", "--seed", "11", "--threads", "2", "--checkpoint-every", "0"];

    private static string[] OutputFiles => [.. Westphalia.Cli.RunFolder.DataFiles, Westphalia.Cli.RunFolder.ManifestFile];

    [Theory]
    [InlineData(Sigterm, 143)]
    [InlineData(Sigint, 130)]
    public void A_run_stopped_by_a_signal_at_ten_random_moments_resumes_to_identical_files(int signal, int exitCode)
    {
        var root = TestWorlds.TempFolder();
        var reference = Path.Combine(root, "reference");
        TimeSpan simulating, writing;
        using (var whole = CliProcess.Start(root, [.. Run, "--out", reference]))
        {
            whole.Wait(TimeSpan.FromMinutes(3));
            Assert.True(whole.ExitCode == 0, whole.Err);
            var started = whole.LineAt("Run folder:")!.Value;
            var written = whole.LineAt("Writing ")!.Value;
            simulating = written - started;
            writing = whole.LineAt("files written in")!.Value - written;
        }

        var random = new Random(signal);
        var interrupted = new Dictionary<string, int> { ["simulating"] = 0, ["writing"] = 0 };
        for (var k = 0; k < 10; k++)
        {
            var phase = k < 6 ? "simulating" : "writing";
            var fraction = random.NextDouble();
            var folder = Path.Combine(root, $"run{k}");
            for (var attempt = 0; attempt < 4; attempt++, fraction /= 2)
            {
                if (Directory.Exists(folder))
                {
                    Directory.Delete(folder, recursive: true);
                }

                using var p = CliProcess.Start(root, [.. Run, "--out", folder]);
                if (phase == "simulating")
                {
                    p.WaitForLine("Run folder:", TimeSpan.FromMinutes(1));
                    Thread.Sleep(simulating * 0.8 * fraction);
                }
                else
                {
                    p.WaitForLine("Writing ", TimeSpan.FromMinutes(2));
                    Thread.Sleep(writing * 0.6 * fraction);
                }

                var sent = p.Signal(signal);
                p.Wait(TimeSpan.FromMinutes(2));
                if (!sent || p.ExitCode == 0)
                {
                    continue; // the run had finished before the signal came: try an earlier moment
                }

                Assert.True(p.ExitCode == exitCode, $"exit {p.ExitCode}: {p.Out}{p.Err}");
                Assert.Contains("A checkpoint was written; continue with: westphalia resume", p.Out, StringComparison.Ordinal);
                Assert.DoesNotContain("   at ", p.Err, StringComparison.Ordinal);
                Assert.False(File.Exists(Path.Combine(folder, "manifest.json")), "an interrupted run must not look complete");
                Assert.True(File.Exists(Path.Combine(folder, "checkpoint.bin")), "a checkpoint is written also with --checkpoint-every 0");
                Assert.Empty(Directory.GetFiles(folder, ".*.tmp"));
                if (phase == "writing")
                {
                    Assert.Contains("while writing the files", p.Out, StringComparison.Ordinal);
                }

                interrupted[phase]++;
                var resumed = CliHarness.Run("resume", folder, "--threads", "2", "--quiet");
                Assert.True(resumed.Code == 0, resumed.Err);
                foreach (var file in OutputFiles)
                {
                    Assert.True(File.ReadAllBytes(Path.Combine(reference, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, file))), $"{file} differs after a {phase} interruption (moment {k})");
                }

                Assert.False(File.Exists(Path.Combine(folder, "checkpoint.bin")));
                break;
            }
        }

        // Each phase was really interrupted, not only raced past.
        Assert.True(interrupted["simulating"] >= 5, $"interrupted while simulating: {interrupted["simulating"]} of 6");
        Assert.True(interrupted["writing"] >= 3, $"interrupted while writing: {interrupted["writing"]} of 4");
    }
}

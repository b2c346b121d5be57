using System.Text.RegularExpressions;
using Westphalia.Tests.Cli;

namespace Westphalia.Tests.Hostile;

/// <summary>
/// Runs every case of <see cref="HostileCases"/> as its own process and checks how it ends: exit 2, a message that
/// matches the case (naming file and line, or the argument), no stack trace, no new folder that looks complete
/// (no new manifest.json), and a peak resident memory under 2 GB. The cases are split over four classes so that
/// the test runner takes them two at a time on a two-core machine.
/// </summary>
public abstract class HostileInputTests
{
    private const long MemoryLimit = 2L << 30;

    protected static void Refused(string name)
    {
        var hostile = HostileCases.All.Single(c => c.Name == name);
        var folder = TestWorlds.TempFolder();
        hostile.Setup?.Invoke(folder);
        var manifestsBefore = Manifests(folder);
        using var process = hostile.Environment is { } environment
            ? CliProcess.Start(folder, environment, hostile.Args)
            : CliProcess.Start(folder, hostile.Args);
        process.Wait(TimeSpan.FromMinutes(2));
        var err = process.Err;
        var all = process.Out + err;
        Assert.True(process.ExitCode == 2, $"{hostile.Name}: exit {process.ExitCode}\n{all}");
        Assert.True(Regex.IsMatch(err, hostile.Expect), $"{hostile.Name}: the message does not match /{hostile.Expect}/:\n{err}");
        Assert.DoesNotContain("   at ", all, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", all, StringComparison.Ordinal);
        Assert.Equal(manifestsBefore, Manifests(folder));
        Assert.True(process.PeakBytes is > 0 and < MemoryLimit, $"{hostile.Name}: peak memory {process.PeakBytes / (1 << 20)} MiB");
    }

    private static string[] Manifests(string folder) =>
        [.. Directory.EnumerateFiles(folder, "manifest.json", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }).Order(StringComparer.Ordinal)];

    private protected static TheoryData<string> Names(IReadOnlyList<HostileCase> cases) => [.. cases.Select(c => c.Name)];
}

using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Westphalia.Tests.Benchmarks;

/// <summary>
/// The benchmark's <c>--peers</c> command refuses bad arguments, and a <c>--peer-dir</c> without the peers, with one
/// clear message and a non-zero exit code, before it simulates anything. The benchmark is built with the tests and run
/// as its own process, as a user runs it.
/// </summary>
public class PeersCommandTests
{
    private static string Repository([CallerFilePath] string path = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(path)!, "..", "..", ".."));

    private static (int Code, string Out, string Err) Peers(params string[] args)
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var benchmark = Path.Combine(Repository(), "bench", "Westphalia.Benchmarks", "bin", configuration, "net10.0", "Westphalia.Benchmarks.dll");
        Assert.True(File.Exists(benchmark), $"the benchmark is built with the tests: {benchmark}");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in (string[])[benchmark, "--peers", .. args])
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the benchmark did not exit within a minute");
        return (process.ExitCode, output.Result, error.Result);
    }

    private static void AssertRefused((int Code, string Out, string Err) result, string expected)
    {
        Assert.Equal(2, result.Code);
        Assert.Contains(expected, result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", result.Err, StringComparison.Ordinal);
        Assert.DoesNotContain("ms/period", result.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void A_repeat_count_that_is_not_a_whole_number_is_refused() =>
        AssertRefused(Peers("--repeats", "three"), "peers: --repeats 'three' is not a whole number from 1 to 100000");

    [Fact]
    public void No_repeats_are_refused() => AssertRefused(Peers("--repeats", "0"), "peers: --repeats '0' is not a whole number from 1 to 100000");

    [Fact]
    public void An_option_without_its_value_is_refused() => AssertRefused(Peers("--periods"), "peers: --periods needs a value");

    [Fact]
    public void An_unknown_argument_is_refused() => AssertRefused(Peers("--peer", "statesim"), "peers: unknown argument '--peer'");

    [Fact]
    public void A_peer_folder_that_does_not_exist_is_refused()
    {
        var missing = Path.Combine(TestWorlds.TempFolder(), "nowhere");
        AssertRefused(Peers("--peer-dir", missing), $"peers: --peer-dir '{missing}' is not a folder");
    }

    [Fact]
    public void A_peer_folder_without_the_peers_says_where_to_get_them()
    {
        var folder = TestWorlds.TempFolder();
        var result = Peers("--peer-dir", folder);
        AssertRefused(result, $"peers: --peer-dir '{folder}' has no power-laws-and-wars");
        Assert.Contains("git clone https://github.com/CleanestMink126/Power-Laws-and-Wars", result.Err, StringComparison.Ordinal);

        // With the first peer in place, the message turns to the second.
        Directory.CreateDirectory(Path.Combine(folder, "power-laws-and-wars", "code"));
        File.WriteAllText(Path.Combine(folder, "power-laws-and-wars", "code", "warBuilder.py"), "");
        result = Peers("--peer-dir", folder);
        AssertRefused(result, $"peers: --peer-dir '{folder}' has no statesim");
        Assert.Contains("git clone https://github.com/benhorvath/statesim", result.Err, StringComparison.Ordinal);
    }
}

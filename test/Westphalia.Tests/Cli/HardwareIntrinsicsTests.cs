using System.Diagnostics;

namespace Westphalia.Tests.Cli;

/// <summary>
/// The vectorised loops (512-bit where the hardware has it) and their scalar fallbacks must give the same bytes.
/// Each configuration runs the command as its own process with the runtime's intrinsics switched off as
/// ImageSharp does in its tests, so every code path is checked on one machine.
/// </summary>
public class HardwareIntrinsicsTests
{
    private static void Run(string folder, string? variable)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        if (variable is not null)
        {
            start.Environment[variable] = "0";
        }

        // 100 x 100 hex grid: interior rows of eight regions for the vector loops, plus ragged edges for the scalar ones.
        foreach (var a in new[]
        {
            CliHarness.CommandPath, "run", "default", "--years", "2", "--seed", "4", "--threads", "2", "--quiet", "--out", folder,
            "--set", "world.generator.width=100", "--set", "world.generator.height=100", "--set", "world.generator.states=60",
        })
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, error.Result);
    }

    [Fact]
    public void Vector_and_scalar_paths_give_byte_identical_files()
    {
        var root = TestWorlds.TempFolder();
        (string Name, string? Variable)[] configurations = [("default", null), ("no-avx512", "DOTNET_EnableAVX512"), ("no-intrinsics", "DOTNET_EnableHWIntrinsic")];
        foreach (var (name, variable) in configurations)
        {
            Run(Path.Combine(root, name), variable);
        }

        foreach (var file in Westphalia.Cli.RunFolder.DataFiles.Append("manifest.json"))
        {
            var reference = File.ReadAllBytes(Path.Combine(root, "default", file));
            Assert.Equal(reference, File.ReadAllBytes(Path.Combine(root, "no-avx512", file)));
            Assert.Equal(reference, File.ReadAllBytes(Path.Combine(root, "no-intrinsics", file)));
        }
    }
}

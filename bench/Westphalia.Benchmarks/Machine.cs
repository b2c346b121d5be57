using System.Runtime.InteropServices;

namespace Westphalia.Benchmarks;

/// <summary>One line about the machine and runtime, printed before quick results.</summary>
public static class Machine
{
    public static string Describe()
    {
        var cpu = "unknown CPU";
        try
        {
            if (File.Exists("/proc/cpuinfo"))
            {
                var line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                if (line is not null)
                {
                    cpu = line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                }
            }
        }
        catch (IOException)
        {
        }

        return $"{cpu}; {Environment.ProcessorCount} logical cores; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}; Server GC {System.Runtime.GCSettings.IsServerGC}; 512-bit vectors {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}, 256-bit {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}";
    }
}

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

        return $"{cpu}; {Environment.ProcessorCount} logical cores; {RuntimeInformation.FrameworkDescription}; {RuntimeInformation.OSDescription} {RuntimeInformation.OSArchitecture}; Server GC {System.Runtime.GCSettings.IsServerGC}; tiered PGO {TieredPgo()}; 512-bit vectors {System.Runtime.Intrinsics.Vector512.IsHardwareAccelerated}, 256-bit {System.Runtime.Intrinsics.Vector256.IsHardwareAccelerated}";
    }

    /// <summary>
    /// Whether profile-guided tier-up is on: the <c>DOTNET_TieredPGO</c> environment variable when set, which overrides
    /// the project's setting, otherwise the setting the runtime configuration carries (on when it carries none).
    /// </summary>
    private static string TieredPgo()
    {
        var variable = Environment.GetEnvironmentVariable("DOTNET_TieredPGO");
        if (!string.IsNullOrEmpty(variable))
        {
            return variable == "0" ? "off (DOTNET_TieredPGO=0)" : $"on (DOTNET_TieredPGO={variable})";
        }

        return bool.TryParse(AppContext.GetData("System.Runtime.TieredPGO")?.ToString(), out var configured) && !configured ? "off" : "on";
    }

    /// <summary>Bytes of the unified or data cache of <paramref name="level"/> that CPU 0 has (Linux sysfs); 0 when unknown.</summary>
    public static long CacheBytes(int level)
    {
        try
        {
            foreach (var index in Directory.EnumerateDirectories("/sys/devices/system/cpu/cpu0/cache", "index*"))
            {
                var type = File.ReadAllText(Path.Combine(index, "type")).Trim();
                if (File.ReadAllText(Path.Combine(index, "level")).Trim() == level.ToString(System.Globalization.CultureInfo.InvariantCulture) && type != "Instruction")
                {
                    var size = File.ReadAllText(Path.Combine(index, "size")).Trim();
                    var scale = size.EndsWith('K') ? 1024L : size.EndsWith('M') ? 1048576L : 1L;
                    return long.Parse(size.TrimEnd('K', 'M'), System.Globalization.CultureInfo.InvariantCulture) * scale;
                }
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        return 0;
    }

    /// <summary>The load averages over 1, 5 and 15 minutes (Linux <c>/proc/loadavg</c>), or "unknown".</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
        }
        catch (IOException)
        {
            return "unknown";
        }
    }
}

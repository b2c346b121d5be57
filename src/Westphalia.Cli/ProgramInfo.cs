using System.Reflection;

namespace Westphalia.Cli;

public static class ProgramInfo
{
    public static string Version { get; } =
        typeof(Simulation).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}

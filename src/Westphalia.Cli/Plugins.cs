using System.Reflection;
using System.Runtime.Loader;
using System.Security.Cryptography;
using Westphalia.Doctrines;

namespace Westphalia.Cli;

/// <summary>
/// Loads plug-in assemblies (<c>--plugin FILE.dll</c>): each public class implementing <see cref="IWestphaliaPlugin"/> is
/// created and registers its doctrines. A plug-in shares the program's own assemblies (Westphalia's types are the same
/// types on both sides) and brings its other dependencies from its own folder.
/// </summary>
internal static class Plugins
{
    /// <summary>Loads each plug-in and returns what the run folder records of it: its full path and SHA-256.</summary>
    public static IReadOnlyList<PluginRecord> Load(IEnumerable<string> paths)
    {
        var records = new List<PluginRecord>();
        foreach (var path in paths)
        {
            records.Add(Load(path, expectedSha256: null));
        }

        return records;
    }

    /// <summary>Loads one plug-in; with <paramref name="expectedSha256"/>, refuses a file that has changed since it was recorded.</summary>
    public static PluginRecord Load(string path, string? expectedSha256)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new UserError("--plugin: the file name is empty");
        }

        var shown = Westphalia.Scenarios.ScenarioLoader.Shorten(path);
        string full;
        try
        {
            full = Path.GetFullPath(path);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw new UserError($"--plugin {shown}: not a usable file name");
        }

        if (!File.Exists(full))
        {
            throw new UserError($"--plugin {shown}: no such file");
        }

        string sha256;
        try
        {
            using var stream = File.OpenRead(full);
            sha256 = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw new UserError($"--plugin {shown}: cannot be read ({IoErrors.Describe(e)})");
        }

        if (expectedSha256 is not null && expectedSha256 != sha256)
        {
            throw new UserError($"{shown}: the plug-in has changed since the run began (SHA-256 {sha256}, recorded {expectedSha256}); the run cannot be continued with it");
        }

        Assembly assembly;
        try
        {
            assembly = new PluginContext(full).LoadFromAssemblyPath(full);
        }
        catch (BadImageFormatException)
        {
            throw new UserError($"--plugin {shown}: not a .NET assembly");
        }
        catch (FileLoadException e)
        {
            throw new UserError($"--plugin {shown}: cannot be loaded ({e.Message})");
        }

        Type[] types;
        try
        {
            types = [.. assembly.GetExportedTypes().Where(t => typeof(IWestphaliaPlugin).IsAssignableFrom(t) && t is { IsAbstract: false, IsClass: true } && t.GetConstructor(Type.EmptyTypes) is not null)];
        }
        catch (Exception e) when (e is ReflectionTypeLoadException or FileNotFoundException or FileLoadException or TypeLoadException)
        {
            throw new UserError($"--plugin {shown}: its types cannot be loaded ({e.Message}); was it built against this version of Westphalia?");
        }

        if (types.Length == 0)
        {
            throw new UserError($"--plugin {shown}: holds no public class implementing {nameof(IWestphaliaPlugin)} with a parameterless constructor");
        }

        foreach (var type in types)
        {
            try
            {
                ((IWestphaliaPlugin)Activator.CreateInstance(type)!).Register();
            }
#pragma warning disable CA1031 // A plug-in's failure is the plug-in's: said in words, never a stack trace.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var inner = e is TargetInvocationException { InnerException: { } i } ? i : e;
                throw new UserError($"--plugin {shown}: {type.Name} could not register its doctrines ({inner.Message})");
            }
        }

        return new PluginRecord(full, sha256);
    }

    /// <summary>Resolves a plug-in's dependencies from its folder, except those the program has, which it shares.</summary>
    private sealed class PluginContext(string path) : AssemblyLoadContext(isCollectible: false)
    {
        private readonly AssemblyDependencyResolver _resolver = new(path);

        protected override Assembly? Load(AssemblyName assemblyName)
        {
            try
            {
                return Default.LoadFromAssemblyName(assemblyName);
            }
            catch (FileNotFoundException)
            {
                return _resolver.ResolveAssemblyToPath(assemblyName) is { } file ? LoadFromAssemblyPath(file) : null;
            }
        }
    }
}

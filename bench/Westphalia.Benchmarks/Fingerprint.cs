using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Benchmarks;

/// <summary>
/// A check that optimisations change nothing: runs the default scenario for 240 ticks on 1 and 2 threads and prints
/// SHA-256 digests of (a) every array of the region and state tables, in property-name order, and (b) the recorder's
/// outputs (the states and world tables and the event log). Identical digests before and after a change mean
/// bit-for-bit identical results. The default world (2,400 regions) fits in one work chunk of
/// <see cref="RegionParallel"/>, so the same check also runs on a 100x100 hex grid, which is split into several
/// chunks, on a 97x61 square grid (degree four, a region count that is not a multiple of the vector width) and on
/// the hand-written two-states world.
/// </summary>
public static class Fingerprint
{
    public const int Ticks = 240;

    public static int Run(IReadOnlyList<string> args)
    {
        var scenarioName = args.Count > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) && !args[0].Contains('=', StringComparison.Ordinal) ? args[0] : "default";
        var overrides = args.Where(a => a.Contains('=', StringComparison.Ordinal)).ToArray();
        var status = Run(scenarioName, overrides);
        if (overrides.Length == 0 && scenarioName == "default")
        {
            status |= Run(scenarioName, ["world.generator.width=100", "world.generator.height=100", "world.generator.states=100"]);
            status |= Run(scenarioName, ["world.generator.width=97", "world.generator.height=61", "world.generator.topology=square", "world.generator.states=30"]);
            status |= Run("two-states", []);
        }

        return status;
    }

    private static int Run(string scenarioName, string[] overrides)
    {
        var digests = new HashSet<string>(StringComparer.Ordinal);
        foreach (var threads in new[] { 1, 2 })
        {
            var scenario = ScenarioLoader.Load(scenarioName, overrides);
            var simulation = new Simulation(scenario, threads);
            for (var t = 0; t < Ticks && !simulation.IsFinished; t++)
            {
                simulation.Step();
            }

            var state = StateDigest(simulation.World);
            var outputs = OutputDigest(simulation);
            digests.Add(state + outputs);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"scenario={scenarioName} {string.Join(' ', overrides)} regions={simulation.World.Regions.Count} states={simulation.World.States.Count} threads={threads} ticks={simulation.Tick}"));
            Console.WriteLine($"  state   sha256={state}");
            Console.WriteLine($"  outputs sha256={outputs}");
        }

        if (digests.Count != 1)
        {
            Console.WriteLine("MISMATCH: the result depends on the number of threads");
            return 1;
        }

        return 0;
    }

    /// <summary>SHA-256 over every array property of the region and state tables, sorted by table then name.</summary>
    public static string StateDigest(World world)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        AddArrays(hash, world.Regions);
        AddArrays(hash, world.States);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>SHA-256 over the series of states and the world (every column, in order) and the event log.</summary>
    public static string OutputDigest(Simulation simulation)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var table in new[] { simulation.Observer<StatesObserver>().Table, simulation.Observer<WorldObserver>().Table })
        {
            AddText(hash, table.Name);
            foreach (var column in table.Columns)
            {
                AddText(hash, column.Name);
                Add(hash, column.Ints.ToArray());
                Add(hash, column.Longs.ToArray());
                Add(hash, column.Doubles.ToArray());
                Add(hash, column.Bools.ToArray());
                foreach (var text in column.Texts)
                {
                    AddText(hash, text);
                }
            }
        }

        foreach (var e in simulation.Observer<EventLogObserver>().Events)
        {
            AddText(hash, string.Create(CultureInfo.InvariantCulture, $"{e.Tick}|{e.Type}|{e.State}|{e.Region}|{BitConverter.DoubleToInt64Bits(e.Value)}|{e.Detail}"));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static void AddArrays(IncrementalHash hash, object table)
    {
        var properties = table.GetType()
            .GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType.IsArray)
            .OrderBy(p => p.Name, StringComparer.Ordinal);
        foreach (var property in properties)
        {
            AddText(hash, property.Name);
            switch (property.GetValue(table))
            {
                case double[] a: Add(hash, a); break;
                case long[] a: Add(hash, a); break;
                case int[] a: Add(hash, a); break;
                case bool[] a: Add(hash, a); break;
                case string[] a:
                    foreach (var s in a)
                    {
                        AddText(hash, s ?? "");
                    }

                    break;
                default: throw new NotSupportedException($"cannot fingerprint {property.Name} ({property.PropertyType})");
            }
        }
    }

    private static void Add<T>(IncrementalHash hash, T[] values)
        where T : unmanaged
    {
        hash.AppendData(BitConverter.GetBytes(values.Length));
        hash.AppendData(System.Runtime.InteropServices.MemoryMarshal.AsBytes(values.AsSpan()));
    }

    private static void AddText(IncrementalHash hash, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        hash.AppendData(BitConverter.GetBytes(bytes.Length));
        hash.AppendData(bytes);
    }
}

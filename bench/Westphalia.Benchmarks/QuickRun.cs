using System.Diagnostics;
using System.Globalization;

namespace Westphalia.Benchmarks;

/// <summary>
/// A fast check without BenchmarkDotNet: for each configuration, restores the world after a warm-up year, times one
/// simulated year (12 ticks) with a stopwatch, repeats, and prints the median and best throughput.
/// <c>--profile</c> also prints where a year's time goes, mechanism by mechanism; <c>--war</c> runs the default
/// scenario as it is, with interstate war and alliances, instead of the foundation's mechanisms alone. Before the
/// simulations it measures a STREAM-style triad (<see cref="StreamTriad"/>) on each thread count, and prints each
/// configuration against that roofline, with the bytes per region-tick of <see cref="RegionTraffic"/>.
/// <c>--roofline</c> runs the foundation and everything on at 10,000, 100,000 and 1,000,000 regions.
/// </summary>
public static class QuickRun
{
    public static int Run(IReadOnlyList<string> args)
    {
        var repeats = IntOption(args, "--repeats", 7);
        var warmups = IntOption(args, "--warmups", 3);
        var warmupSeconds = IntOption(args, "--warmup-seconds", 2);
        var roofline = args.Contains("--roofline");
        var regionCounts = ListOption(args, "--regions", roofline ? [.. WorldConfigurations.RegionCounts, 1_000_000] : WorldConfigurations.RegionCounts);
        var threadCounts = ListOption(args, "--threads", [.. WorldConfigurations.ThreadCounts()]);
        var profile = args.Contains("--profile");
        bool[] scenarios = roofline ? [false, true] : [args.Contains("--war")];
        var invariant = CultureInfo.InvariantCulture;

        Console.WriteLine(Machine.Describe());
        Console.WriteLine(string.Create(invariant, $"Load: {Machine.LoadAverage()}; caches: L2 {Machine.CacheBytes(2) / 1024:N0} KiB per core, L3 {Machine.CacheBytes(3) / 1024:N0} KiB."));
        var triads = Triads(args, threadCounts);
        var bytesPerRegionTick = RegionTraffic.BytesPerRegionTick;
        Console.WriteLine(string.Create(invariant, $"Bytes per region-tick (estimate, ordinary month, RegionTable arrays only; RegionTraffic.cs): {bytesPerRegionTick} over {RegionTraffic.Passes.Length} passes; working set {RegionTraffic.FootprintPerRegion} bytes per region."));
        foreach (var pass in RegionTraffic.Passes)
        {
            Console.WriteLine(string.Create(invariant, $"  {pass.Pass,-40} {RegionTraffic.BytesPerRegion(pass),4} B"));
        }

        Console.WriteLine(string.Create(invariant, $"Quick mode: one operation = {WorldConfigurations.TicksPerOperation} ticks (one simulated year), at least {warmups} warm-up years and {warmupSeconds} s of warm-up (so the JIT reaches tier 1), then {repeats} measured repeats from the same checkpoint; median (best)."));
        Console.WriteLine("Roofline = triad GB/s on the same threads ÷ bytes per region-tick; % memory and % cache are the median region-ticks/s over it, from the triad from memory and in cache. Working set: where the touched arrays fit (L2 of the threads used, L3, or memory).");
        Console.WriteLine();
        Console.WriteLine("| Scenario | Regions | Threads | ms/tick | ticks/s | Mregion-ticks/s | Mregion-ticks/s/core | B/region-tick | implied GB/s | % memory roofline | % cache roofline | working set |");
        Console.WriteLine("|:---------|--------:|--------:|--------:|--------:|----------------:|---------------------:|--------------:|-------------:|------------------:|-----------------:|:------------|");
        foreach (var war in scenarios)
        {
            foreach (var regions in regionCounts)
            {
                foreach (var threads in threadCounts)
                {
                    var simulation = WorldConfigurations.Create(regions, threads, war);
                    var checkpoint = Checkpoint(simulation);
                    var seconds = new double[repeats];
                    var warmup = Stopwatch.StartNew();
                    for (var i = 0; i < warmups || warmup.Elapsed.TotalSeconds < warmupSeconds; i++)
                    {
                        Restore(simulation, checkpoint);
                        for (var t = 0; t < WorldConfigurations.TicksPerOperation; t++)
                        {
                            simulation.Step();
                        }
                    }

                    for (var i = 0; i < repeats; i++)
                    {
                        Restore(simulation, checkpoint);
                        GC.Collect();
                        GC.WaitForPendingFinalizers();
                        var stopwatch = Stopwatch.StartNew();
                        for (var t = 0; t < WorldConfigurations.TicksPerOperation; t++)
                        {
                            simulation.Step();
                        }

                        seconds[i] = stopwatch.Elapsed.TotalSeconds;
                    }

                    Array.Sort(seconds);
                    var median = seconds[repeats / 2];
                    var best = seconds[0];
                    double RegionTicks(double s) => (double)regions * WorldConfigurations.TicksPerOperation / s / 1e6;
                    var (inCache, fromMemory) = triads[threads];
                    var regionTicks = (double)regions * WorldConfigurations.TicksPerOperation / median;
                    var footprint = (double)regions * RegionTraffic.FootprintPerRegion;
                    var fits = footprint <= (double)Machine.CacheBytes(2) * threads ? "L2" : footprint <= Machine.CacheBytes(3) ? "L3" : "memory";
                    Console.WriteLine(string.Create(invariant,
                        $"| {(war ? "everything on" : "foundation"),-13} | {regions,9:N0} | {threads,7} | {median / WorldConfigurations.TicksPerOperation * 1e3,7:N3} | {WorldConfigurations.TicksPerOperation / median,7:N1} | {RegionTicks(median),7:N2} ({RegionTicks(best):N2}) | {RegionTicks(median) / threads,9:N2} ({RegionTicks(best) / threads:N2}) | {bytesPerRegionTick,6} | {regionTicks * bytesPerRegionTick / 1e9,6:N2} | {regionTicks / (fromMemory * 1e9 / bytesPerRegionTick) * 100,6:N1}% | {regionTicks / (inCache * 1e9 / bytesPerRegionTick) * 100,6:N1}% | {footprint / 1048576,6:N1} MiB, {fits} |"));
                    if (profile)
                    {
                        Restore(simulation, checkpoint);
                        Profile(simulation, repeats, regions, fromMemory, bytesPerRegionTick);
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>
    /// The triad in cache and from memory on each thread count, printed, by thread count. <c>--triad-cache-kib</c>
    /// (256) and <c>--triad-memory-mib</c> (256) size each of the three arrays; the memory size is halved until the
    /// three arrays take at most a quarter of the memory available to the process. <c>--triad-repeats</c> (10).
    /// </summary>
    private static Dictionary<int, (double InCache, double FromMemory)> Triads(IReadOnlyList<string> args, int[] threadCounts)
    {
        var invariant = CultureInfo.InvariantCulture;
        var cacheBytes = IntOption(args, "--triad-cache-kib", 256) * 1024L;
        var memoryBytes = IntOption(args, "--triad-memory-mib", 256) * 1048576L;
        var available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        while (3 * memoryBytes > available / 4 && memoryBytes > 16 * 1048576L)
        {
            memoryBytes /= 2;
        }

        var repeats = IntOption(args, "--triad-repeats", 10);
        var triads = new Dictionary<int, (double, double)>();
        foreach (var threads in threadCounts)
        {
            var inCache = StreamTriad.Measure(cacheBytes, threads, repeats);
            var fromMemory = StreamTriad.Measure(memoryBytes, threads, repeats);
            GC.Collect();
            triads[threads] = (inCache, fromMemory);
            Console.WriteLine(string.Create(invariant,
                $"Triad a[i] = b[i] + s·c[i], {threads} thread(s), best of {repeats}, 24 bytes per element (write-allocate not counted): in cache (3 × {cacheBytes / 1024} KiB) {inCache:N1} GB/s; from memory (3 × {memoryBytes / 1048576} MiB) {fromMemory:N1} GB/s."));
        }

        return triads;
    }

    /// <summary>
    /// Times each mechanism and the recorder separately over <paramref name="years"/> simulated years, running the
    /// same calls as <see cref="Simulation.Step"/> in the same order. Then prints the floor under the roofline: the tick
    /// this profile would take if every streaming pass of <see cref="RegionTraffic"/> ran at the triad's bandwidth from
    /// memory and everything else took what it took here. A streaming phase's ordinary month becomes its bytes over the
    /// triad; in January and December it keeps what it took beyond its ordinary month (the yearly rates, the scores);
    /// every other phase is kept whole.
    /// </summary>
    private static void Profile(Simulation simulation, int years, int regions, double triadFromMemory, int bytesPerRegionTick)
    {
        var mechanisms = simulation.Mechanisms;
        var ticks = new long[mechanisms.Count + 1];
        var january = new long[mechanisms.Count + 1];
        var december = new long[mechanisms.Count + 1];
        var start = simulation.Tick;
        for (var tick = start; tick < start + years * WorldConfigurations.TicksPerOperation; tick++)
        {
            var context = simulation.ContextFor(tick);
            var target = context.IsNewYear ? january : context.IsYearEnd ? december : ticks;
            Array.Clear(simulation.World.Regions.ConflictDeaths);
            for (var m = 0; m < mechanisms.Count; m++)
            {
                var before = Stopwatch.GetTimestamp();
                Schedule.Run(mechanisms[m], context);
                target[m] += Stopwatch.GetTimestamp() - before;
            }

            var observed = Stopwatch.GetTimestamp();
            simulation.Observe(context);
            target[mechanisms.Count] += Stopwatch.GetTimestamp() - observed;
        }

        var invariant = CultureInfo.InvariantCulture;
        double Ms(long t, int count) => t * 1e3 / Stopwatch.Frequency / count;
        Console.WriteLine(string.Create(invariant, $"  profile over {years} years, ms per tick: January | February-November | December | share of a year"));
        var total = ticks.Sum() + january.Sum() + december.Sum();
        for (var m = 0; m <= mechanisms.Count; m++)
        {
            var name = m < mechanisms.Count ? mechanisms[m].Name : "Observers";
            Console.WriteLine(string.Create(invariant,
                $"  {name,-28} {Ms(january[m], years),9:N3} | {Ms(ticks[m], years * 10),9:N3} | {Ms(december[m], years),9:N3} | {(ticks[m] + january[m] + december[m]) * 100.0 / total,5:N1}%"));
        }

        // Ms a tick for a streaming pass at the triad's bandwidth, and the year with every such pass at it.
        double AtTriad(int bytes) => (double)bytes * regions / (triadFromMemory * 1e9) * 1e3;
        var year = 0.0;
        for (var m = 0; m <= mechanisms.Count; m++)
        {
            var name = m < mechanisms.Count ? mechanisms[m].Name : "Observers";
            var (j, o, d) = (Ms(january[m], years), Ms(ticks[m], years * 10), Ms(december[m], years));
            var streamed = RegionTraffic.Passes.Where(p => p.Phase == name).Sum(RegionTraffic.BytesPerRegion);
            year += streamed > 0 ? (12 * AtTriad(streamed)) + (j - o) + (d - o) : j + (10 * o) + d;
        }

        year += 12 * RegionTraffic.Passes.Where(p => p.Phase is null).Sum(p => AtTriad(RegionTraffic.BytesPerRegion(p)));
        var roofline = AtTriad(bytesPerRegionTick);
        Console.WriteLine(string.Create(invariant,
            $"  floor: with every streaming pass at the triad's {triadFromMemory:N1} GB/s and the rest as profiled, {year / 12:N3} ms a tick (the profile's {Ms(total, years * 12):N3}), at most {roofline / (year / 12) * 100:N1}% of the roofline's {roofline:N3} ms"));
    }

    internal static byte[] Checkpoint(Simulation simulation)
    {
        using var stream = new MemoryStream();
        simulation.Save(stream);
        return stream.ToArray();
    }

    internal static void Restore(Simulation simulation, byte[] checkpoint)
    {
        using var stream = new MemoryStream(checkpoint, writable: false);
        simulation.Restore(stream);
    }

    private static int IntOption(IReadOnlyList<string> args, string name, int fallback)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return int.Parse(args[i + 1], CultureInfo.InvariantCulture);
            }
        }

        return fallback;
    }

    private static int[] ListOption(IReadOnlyList<string> args, string name, int[] fallback)
    {
        for (var i = 0; i + 1 < args.Count; i++)
        {
            if (args[i] == name)
            {
                return [.. args[i + 1].Split(',').Select(s => int.Parse(s.Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))];
            }
        }

        return fallback;
    }
}

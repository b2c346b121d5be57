using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using Westphalia.Scenarios;

namespace Westphalia.Benchmarks;

/// <summary>
/// Westphalia beside the public peers, per simulated period (docs/PERFORMANCE.md, "Peers side by side"):
/// <c>geosim-2003</c> on the 100x100 grid with 50 states of Power-Laws-and-Wars, and <c>cusack-stoll</c> (98 states)
/// beside statesim's Bremer–Mihalka world of 98 states. Each repeat starts a new world from seed 1, 2, …, runs the
/// warm-up periods untimed and times the periods after them, up to a number or until fewer than half of the initial
/// states are left (both worlds consolidate, at different speeds, so the window is the many-state phase on each
/// side); the median of the repeats is the steady-state figure. With <c>--peer-dir</c> the peers run too, through
/// <c>Peers/peers_driver.py</c> in a Python process each, and each of Westphalia's repeats is followed by the peer's, so
/// both see the same machine in one sitting.
/// </summary>
public static class Peers
{
    /// <summary>Seconds of simulation before the first timed repeat, so the JIT has compiled the hot paths at tier 1.</summary>
    private const double JitWarmupSeconds = 2;

    /// <summary>Times each repeat's world is built and run on Westphalia's side; the median counts.</summary>
    private const int WindowRuns = 3;

    private static readonly Pair[] Pairs =
    [
        new(
            "geosim-2003",
            ["world.generator.width=100", "world.generator.height=100", "world.generator.states=50"],
            "100x100 square grid, 50 states",
            "power-laws-and-wars",
            "https://github.com/CleanestMink126/Power-Laws-and-Wars",
            "9e702307cc1c1d9c35145dedb842f6f458642386",
            Path.Combine("code", "warBuilder.py"),
            "100x100 grid, 50 states (code/boardViewer.py)",
            "War2D.step() after state formation",
            Warmup: 24,
            Periods: 48),
        new(
            "cusack-stoll",
            [],
            "35x28 square grid, 98 states",
            "statesim",
            "https://github.com/benhorvath/statesim",
            "3e45f1519965f1ab3560ff419ff52fa6dddfbc1d",
            Path.Combine("statesim", "system.py"),
            "98 states on an 8-regular graph (config.yaml)",
            "one turn of Simulation.run",
            Warmup: 12,
            Periods: 240),
    ];

    public static int Run(IReadOnlyList<string> args)
    {
        Options options;
        try
        {
            options = Options.Parse(args, Pairs);
        }
        catch (PeersException e)
        {
            Console.Error.WriteLine($"peers: {e.Message}");
            return 2;
        }

        var drivers = new List<PeerDriver>();
        string? script = null;
        try
        {
            if (options.PeerDir is not null)
            {
                script = PeerDriver.WriteScript();
                foreach (var pair in Pairs)
                {
                    drivers.Add(PeerDriver.Start(options.Python, script, pair.PeerName, Path.Combine(options.PeerDir, pair.PeerName), options.WarmupOf(pair), options.PeriodsOf(pair)));
                }
            }

            Compare(options, drivers);
            return 0;
        }
        catch (ScenarioException e)
        {
            Console.Error.WriteLine($"peers: the scenarios cannot run {options.Warmup} + {options.Periods} periods: {e.Message}");
            return 2;
        }
        catch (PeersException e)
        {
            Console.Error.WriteLine($"peers: {e.Message}");
            return 1;
        }
        finally
        {
            foreach (var driver in drivers)
            {
                driver.Dispose();
            }

            if (script is not null)
            {
                File.Delete(script);
            }
        }
    }

    private static void Compare(Options options, List<PeerDriver> drivers)
    {
        var invariant = CultureInfo.InvariantCulture;
        Console.WriteLine(Machine.Describe());
        Console.WriteLine($"Load before: {Machine.LoadAverage()}");
        Console.WriteLine("A period: Westphalia's tick (one month; both scenarios set one GeoSim period per tick), on one thread; power-laws-and-wars' War2D.step() (every state allocates resources, declares war and fights on every front); statesim's turn (one state chosen at random may go to war, then every state grows).");
        Console.WriteLine(string.Create(invariant, $"Each repeat r = 1..{options.Repeats}: a new world from seed r, the warm-up periods untimed, then at most the timed periods, ending early once fewer than half of the initial states are left; median over the repeats. Westphalia first ran {JitWarmupSeconds} s untimed so its code is compiled at tier 1, and builds and runs each repeat's world {WindowRuns} times (the median counts)."));
        var ours = Pairs.Select(_ => new double[options.Repeats]).ToArray();
        var theirs = Pairs.Select(_ => new double[options.Repeats]).ToArray();
        var theirsUndrawn = Pairs.Select(_ => new double[options.Repeats]).ToArray();
        for (var p = 0; p < Pairs.Length; p++)
        {
            WarmUpJit(Pairs[p], options);
        }

        for (var r = 0; r < options.Repeats; r++)
        {
            for (var p = 0; p < Pairs.Length; p++)
            {
                var pair = Pairs[p];
                var westphalia = TimeWestphalia(pair, options, r + 1);
                ours[p][r] = westphalia.Ms;
                var line = $"repeat {r + 1}: {pair.Scenario,-12} {westphalia}";
                if (drivers.Count > 0)
                {
                    var peer = drivers[p].Time(r + 1);
                    theirs[p][r] = peer.Ms;
                    theirsUndrawn[p][r] = peer.Ms - peer.Drawing;
                    line += string.Create(invariant, $" | {pair.PeerName,-19} {peer} | {peer.Ms / westphalia.Ms,7:N1}x");
                }

                Console.WriteLine(line);
            }
        }

        Console.WriteLine($"Load after: {Machine.LoadAverage()}");
        Console.WriteLine();
        if (drivers.Count == 0)
        {
            Console.WriteLine("| Westphalia scenario | world | warm-up + timed periods (at most) | ms/period, median (min–max) |");
            Console.WriteLine("|:--|:--|--:|--:|");
            for (var p = 0; p < Pairs.Length; p++)
            {
                var pair = Pairs[p];
                Console.WriteLine(string.Create(invariant, $"| {pair.Scenario} | {pair.World} | {options.WarmupOf(pair)} + {options.PeriodsOf(pair)} | {Median(ours[p]):N3} ({ours[p].Min():N3}–{ours[p].Max():N3}) |"));
            }

            Console.WriteLine();
            Console.WriteLine("The peers were not run: give --peer-dir DIR with DIR/power-laws-and-wars and DIR/statesim (docs/PERFORMANCE.md, \"Peers side by side\").");
            return;
        }

        Console.WriteLine("| Westphalia scenario | world | peer | its world | its period | warm-up + timed periods (at most) | Westphalia ms/period | peer ms/period (without drawing) | peer ÷ Westphalia (repeats: min–max) | without the peer's drawing |");
        Console.WriteLine("|:--|:--|:--|:--|:--|--:|--:|--:|--:|--:|");
        for (var p = 0; p < Pairs.Length; p++)
        {
            var pair = Pairs[p];
            var ratios = theirs[p].Zip(ours[p], (t, o) => t / o).ToArray();
            Console.WriteLine(string.Create(invariant,
                $"| {pair.Scenario} | {pair.World} | {pair.PeerName} | {pair.PeerWorld} | {pair.PeerPeriod} | {options.WarmupOf(pair)} + {options.PeriodsOf(pair)} | {Median(ours[p]):N3} | {Median(theirs[p]):N1} ({Median(theirsUndrawn[p]):N1}) | {Median(theirs[p]) / Median(ours[p]):N1}x ({ratios.Min():N1}–{ratios.Max():N1}) | {Median(theirsUndrawn[p]) / Median(ours[p]):N1}x |"));
        }
    }

    /// <summary>The pair's scenario at the peer's world size with <paramref name="seed"/>, long enough for warm-up and timed periods.</summary>
    private static Scenario Load(Pair pair, Options options, int seed)
    {
        string[] overrides = [.. pair.Overrides, $"seed={seed}"];
        var scenario = ScenarioLoader.Load(pair.Scenario, overrides);
        var needed = options.WarmupOf(pair) + options.PeriodsOf(pair);
        return scenario.Ticks >= needed ? scenario : ScenarioLoader.Load(pair.Scenario, [.. overrides, $"years={(needed / 12) + 1}"]);
    }

    private static void WarmUpJit(Pair pair, Options options)
    {
        var clock = Stopwatch.StartNew();
        var simulation = new Simulation(Load(pair, options, 1000), 1);
        while (clock.Elapsed.TotalSeconds < JitWarmupSeconds)
        {
            if (simulation.IsFinished)
            {
                simulation = new Simulation(Load(pair, options, 1000), 1);
            }

            simulation.Step();
        }
    }

    /// <summary>
    /// Milliseconds per period over the timed periods of a new world from <paramref name="seed"/>, which end early when
    /// fewer than half of the initial states are left, as the driver's do; the periods timed and the states alive at the
    /// start and end of the timing. The world is built and run <see cref="WindowRuns"/> times (the same work each time:
    /// a run is deterministic) and the median is taken, since a window of a few milliseconds on a shared machine can
    /// fall on another process's burst where the peer's window of seconds averages it out.
    /// </summary>
    private static Timing TimeWestphalia(Pair pair, Options options, int seed)
    {
        var scenario = Load(pair, options, seed);
        var runs = new Timing[WindowRuns];
        for (var run = 0; run < WindowRuns; run++)
        {
            var simulation = new Simulation(scenario, 1);
            var initial = Alive(simulation);
            for (var t = 0; t < options.WarmupOf(pair); t++)
            {
                simulation.Step();
            }

            GC.Collect();
            GC.WaitForPendingFinalizers();
            var first = Alive(simulation);
            var last = first;
            var done = 0;
            var elapsed = TimeSpan.Zero;
            while (done < options.PeriodsOf(pair) && 2 * last >= initial && last > 1)
            {
                var start = Stopwatch.GetTimestamp();
                simulation.Step();
                elapsed += Stopwatch.GetElapsedTime(start);
                done++;
                last = Alive(simulation);
            }

            runs[run] = new Timing(done > 0 ? elapsed.TotalMilliseconds / done : double.NaN, done, first, last);
        }

        return runs.OrderBy(r => r.Ms).ElementAt(WindowRuns / 2);
    }

    private static int Alive(Simulation simulation)
    {
        var alive = simulation.World.States.Alive;
        var count = 0;
        for (var s = 0; s < simulation.World.States.Count; s++)
        {
            count += alive[s] ? 1 : 0;
        }

        return count;
    }

    private static double Median(double[] values)
    {
        var sorted = values.Order().ToArray();
        var n = sorted.Length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>
    /// One of Westphalia's scenarios at a peer's world size, and the peer: its folder under <c>--peer-dir</c>, where it is
    /// published, a file that shows it is there, and the periods each repeat runs untimed and timed.
    /// </summary>
    private sealed record Pair(
        string Scenario, string[] Overrides, string World, string PeerName, string Url, string Commit, string Marker, string PeerWorld, string PeerPeriod, int Warmup, int Periods);

    /// <summary>
    /// Milliseconds per period over <paramref name="Periods"/> timed periods, the states alive when they began and ended,
    /// and the milliseconds of each period spent drawing the map for display (a peer that does so inside its period).
    /// </summary>
    private sealed record Timing(double Ms, int Periods, int First, int Last, double Drawing = 0)
    {
        public override string ToString() => string.Create(CultureInfo.InvariantCulture,
            $"{Ms,9:N3} ms/period over {Periods,3} periods, states {First}→{Last}{(Drawing > 0 ? $", drawing {Drawing:N1} ms" : "")}");
    }

    /// <summary>The command line of <c>--peers</c>.</summary>
    private sealed record Options(string? PeerDir, int Repeats, int? Warmup, int? Periods, string Python)
    {
        public const string Usage = "usage: --peers [--peer-dir DIR] [--repeats N] [--warmup PERIODS] [--periods PERIODS] [--python PATH]";

        public int WarmupOf(Pair pair) => Warmup ?? pair.Warmup;

        public int PeriodsOf(Pair pair) => Periods ?? pair.Periods;

        public static Options Parse(IReadOnlyList<string> args, Pair[] pairs)
        {
            string? peerDir = null;
            var repeats = 5;
            int? warmup = null;
            int? periods = null;
            var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
            for (var i = 0; i < args.Count; i++)
            {
                string Value()
                {
                    if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    {
                        throw new PeersException($"{args[i]} needs a value; {Usage}");
                    }

                    return args[++i];
                }

                int Whole(int least)
                {
                    var name = args[i];
                    var text = Value();
                    return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= least && n <= 100_000
                        ? n
                        : throw new PeersException($"{name} '{text}' is not a whole number from {least} to 100000");
                }

                switch (args[i])
                {
                    case "--peers":
                        break;
                    case "--peer-dir":
                        peerDir = Value();
                        break;
                    case "--repeats":
                        repeats = Whole(1);
                        break;
                    case "--warmup":
                        warmup = Whole(0);
                        break;
                    case "--periods":
                        periods = Whole(1);
                        break;
                    case "--python":
                        python = Value();
                        break;
                    default:
                        throw new PeersException($"unknown argument '{args[i]}'; {Usage}");
                }
            }

            if (peerDir is not null)
            {
                if (!Directory.Exists(peerDir))
                {
                    throw new PeersException($"--peer-dir '{peerDir}' is not a folder");
                }

                foreach (var pair in pairs)
                {
                    var marker = Path.Combine(peerDir, pair.PeerName, pair.Marker);
                    if (!File.Exists(marker))
                    {
                        throw new PeersException(
                            $"--peer-dir '{peerDir}' has no {pair.PeerName}: {marker} is missing. Get it with: git clone {pair.Url} {Path.Combine(peerDir, pair.PeerName)} && git -C {Path.Combine(peerDir, pair.PeerName)} checkout {pair.Commit} (docs/PERFORMANCE.md, \"Peers side by side\")");
                    }
                }
            }

            return new Options(peerDir, repeats, warmup, periods, python);
        }
    }

    /// <summary>A message for the user, printed without a stack trace.</summary>
    private sealed class PeersException(string message) : Exception(message);

    /// <summary>A peer running in a Python process under <c>Peers/peers_driver.py</c>: one line in, one timing out.</summary>
    private sealed class PeerDriver : IDisposable
    {
        private readonly Process _process;
        private readonly string _peer;
        private readonly Queue<string> _errors = new();

        private PeerDriver(Process process, string peer)
        {
            _process = process;
            _peer = peer;
        }

        /// <summary>Writes the driver, embedded in this assembly, to a temporary file and returns its path.</summary>
        public static string WriteScript()
        {
            using var resource = typeof(Peers).Assembly.GetManifestResourceStream("peers_driver.py")
                ?? throw new PeersException("the peer driver is missing from the benchmark assembly");
            var path = Path.Combine(Path.GetTempPath(), $"westphalia-peers-driver-{Environment.ProcessId}.py");
            using var file = File.Create(path);
            resource.CopyTo(file);
            return path;
        }

        public static PeerDriver Start(string python, string script, string peer, string repository, int warmup, int periods)
        {
            var start = new ProcessStartInfo(python)
            {
                RedirectStandardInput = true,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "-u", script, peer, Path.GetFullPath(repository), warmup.ToString(CultureInfo.InvariantCulture), periods.ToString(CultureInfo.InvariantCulture) })
            {
                start.ArgumentList.Add(argument);
            }

            Process process;
            try
            {
                process = Process.Start(start) ?? throw new PeersException($"could not start {python}");
            }
            catch (Win32Exception e)
            {
                throw new PeersException($"could not start '{python}' ({e.Message}); give a Python 3 with numpy, scipy, matplotlib, networkx, pandas and PyYAML with --python PATH");
            }

            var driver = new PeerDriver(process, peer);
            process.ErrorDataReceived += (_, e) => driver.Error(e.Data);
            process.BeginErrorReadLine();
            var ready = process.StandardOutput.ReadLine();
            if (ready != "ready")
            {
                throw driver.Failed("did not start");
            }

            return driver;
        }

        /// <summary>Milliseconds per period and periods timed in a new world of the peer from <paramref name="seed"/>.</summary>
        public Timing Time(int seed)
        {
            // A world that ends, or fails, before its first timed period is tried again from another seed.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                _process.StandardInput.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {seed + (attempt * 1000)}"));
                _process.StandardInput.Flush();
                var answer = _process.StandardOutput.ReadLine()?.Split(' ');
                if (answer is not ["ms", var ms, var periods, var first, var last, var drawing])
                {
                    throw Failed("stopped answering");
                }

                var done = int.Parse(periods, CultureInfo.InvariantCulture);
                if (done > 0)
                {
                    var invariant = CultureInfo.InvariantCulture;
                    return new Timing(double.Parse(ms, invariant), done, int.Parse(first, invariant), int.Parse(last, invariant), double.Parse(drawing, invariant));
                }
            }

            throw Failed($"ended three worlds from seed {seed} before their first timed period");
        }

        public void Dispose()
        {
            try
            {
                _process.StandardInput.Close();
                if (!_process.WaitForExit(5000))
                {
                    _process.Kill(entireProcessTree: true);
                }
            }
            catch (InvalidOperationException)
            {
            }
            catch (IOException)
            {
            }

            _process.Dispose();
        }

        private void Error(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (_errors)
            {
                _errors.Enqueue(line);
                while (_errors.Count > 12)
                {
                    _errors.Dequeue();
                }
            }
        }

        private PeersException Failed(string what)
        {
            _process.WaitForExit(2000);
            string errors;
            lock (_errors)
            {
                errors = string.Join(Environment.NewLine + "  ", _errors);
            }

            return new PeersException($"the {_peer} driver {what}{(errors.Length > 0 ? ":" + Environment.NewLine + "  " + errors : " (no message)")}");
        }
    }
}

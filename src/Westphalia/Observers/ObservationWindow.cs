using System.Runtime.CompilerServices;
using Westphalia.Metrics;
using Westphalia.Numerics;
using Westphalia.Scenarios;

namespace Westphalia.Observers;

/// <summary>
/// The observation window (a month or a year, by the scenario's output cadence) shared by the series of states, the
/// world and regions: it sums each state's flows over the window and, when the window closes, scores every region's
/// human security and sums the scores by state, population-weighted. It observes before the observers that read it.
/// </summary>
public sealed class ObservationWindow
{
    public const int FlowBirths = 0;
    public const int FlowDeaths = 1;
    public const int FlowViolentDeaths = 2;
    public const int FlowNetMigration = 3;
    public const int FlowTax = 4;
    public const int FlowAidReceived = 5;
    public const int FlowMilitary = 6;
    public const int FlowWelfare = 7;
    public const int FlowPolice = 8;
    public const int FlowAidGiven = 9;
    public const int FlowCount = 10;

    /// <summary>Births, deaths, violent deaths and net migration: the flows summed from regions.</summary>
    private const int PeopleFlowCount = 4;

    private readonly World _world;
    private readonly OutputCadence _cadence;
    private ObservationWindowState _state;
    private readonly ScoreSum[] _stateScores;
    private readonly Stack<FlowSums> _flowSums = new();

    public ObservationWindow(World world, Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(scenario);
        _world = world;
        _cadence = scenario.Output.Cadence;
        Index = new HumanSecurityIndex(scenario.Parameters.HumanSecurity);
        _state = new ObservationWindowState { StateFlows = new long[world.States.Count * FlowCount], RegionViolentDeaths = new long[world.Regions.Count] };
        _stateScores = new ScoreSum[world.States.Count];
    }

    public HumanSecurityIndex Index { get; }

    /// <summary>Whether the tick just observed closed a window: the series append their rows then.</summary>
    public bool Closes { get; private set; }

    /// <summary>The months in the window.</summary>
    public int Months => _state.Months;

    /// <summary>The flows of state <paramref name="state"/> over the window, indexed by the Flow constants.</summary>
    public ReadOnlySpan<long> Flows(int state) => _state.StateFlows.AsSpan(state * FlowCount, FlowCount);

    /// <summary>A state's population-weighted score sums over its regions (when the window closes).</summary>
    public ref readonly ScoreSum StateScores(int state) => ref _stateScores[state];

    /// <summary>Whether a state existed during the window that closes at <paramref name="tick"/> (slots of states yet to emerge do not).</summary>
    public bool Covers(int state, int tick)
    {
        var states = _world.States;
        return states.FoundedTick[state] >= 0 && (states.Alive[state] || states.DeathTick[state] >= tick - _state.Months + 1);
    }

    /// <summary>Adds the tick's flows; when the window closes, scores the regions and sums them by state.</summary>
    public void Observe(in TickContext context)
    {
        if (_state.Closed)
        {
            Array.Clear(_state.StateFlows);
            Array.Clear(_state.RegionViolentDeaths);
            _state.Months = 0;
            _state.Closed = false;
        }

        Accumulate(context.Threads);
        _state.Months++;
        Closes = _cadence == OutputCadence.Monthly || context.IsYearEnd;
        if (Closes)
        {
            Score(context.Threads);
            _state.Closed = true;
        }
    }

    /// <summary>
    /// Adds this tick's flows to the window. Regions are taken in fixed ranges; each thread at work sums its ranges into
    /// its own list of the states their regions belong to (a range's regions mostly belong to a few states), which it
    /// then adds to the window's totals. People are whole numbers, so the totals are exact and the same on any number of
    /// threads whatever the order; the lists number the threads at work, not the ranges.
    /// </summary>
    private void Accumulate(int threads)
    {
        var regions = _world.Regions;
        var states = _world.States;
        var violentWindow = _state.RegionViolentDeaths;
        var owner = regions.Owner;
        var births = regions.Births;
        var deaths = regions.Deaths;
        var violent = regions.ViolentDeaths;
        var migrantsIn = regions.MigrantsIn;
        var migrantsOut = regions.MigrantsOut;
        var flows = _state.StateFlows;
        RegionParallel.For(regions.Count, threads, RentFlowSums,
            (sums, first, end) =>
            {
                var n = end - first;
                AddRange(sums, owner.AsSpan(first, n), births.AsSpan(first, n), deaths.AsSpan(first, n), violent.AsSpan(first, n),
                    migrantsIn.AsSpan(first, n), migrantsOut.AsSpan(first, n), violentWindow.AsSpan(first, n));
            },
            sums =>
            {
                lock (flows)
                {
                    sums.MoveTo(flows);
                }

                ReturnFlowSums(sums);
            });

        for (var s = 0; s < states.Count; s++)
        {
            var f = s * FlowCount;
            flows[f + FlowTax] += states.TaxRevenue[s];
            flows[f + FlowAidReceived] += states.AidReceived[s];
            flows[f + FlowMilitary] += states.MilitarySpending[s];
            flows[f + FlowWelfare] += states.WelfareSpending[s];
            flows[f + FlowPolice] += states.PoliceSpending[s];
            flows[f + FlowAidGiven] += states.AidGiven[s];
        }
    }

    /// <summary>
    /// Adds one range's flows by state into <paramref name="flowSums"/>, new states in the order first met. A run of regions
    /// of one state adds into registers, then stores: the same additions in the same order as one sum per state.
    /// </summary>
    private static void AddRange(FlowSums flowSums, ReadOnlySpan<int> owner, ReadOnlySpan<long> births,
        ReadOnlySpan<long> deaths, ReadOnlySpan<long> violent, ReadOnlySpan<long> migrantsIn, ReadOnlySpan<long> migrantsOut,
        Span<long> violentWindow)
    {
        births = births[..owner.Length];
        deaths = deaths[..owner.Length];
        violent = violent[..owner.Length];
        migrantsIn = migrantsIn[..owner.Length];
        migrantsOut = migrantsOut[..owner.Length];
        violentWindow = violentWindow[..owner.Length];
        var slotOf = flowSums.SlotOf;
        var sums = flowSums.Sums;
        var state = -1;
        var f = 0;
        long b = 0, d = 0, v = 0, m = 0;
        for (var i = 0; i < owner.Length; i++)
        {
            var s = owner[i];
            if (s != state)
            {
                if (state >= 0)
                {
                    (sums[f], sums[f + 1], sums[f + 2], sums[f + 3]) = (b, d, v, m);
                }

                var slot = slotOf[s] - 1;
                if (slot < 0)
                {
                    slot = flowSums.Add(s);
                    sums = flowSums.Sums;
                }

                state = s;
                f = slot * PeopleFlowCount;
                (b, d, v, m) = (sums[f], sums[f + 1], sums[f + 2], sums[f + 3]);
            }

            b += births[i];
            d += deaths[i];
            v += violent[i];
            m += migrantsIn[i] - migrantsOut[i];
            violentWindow[i] += violent[i];
        }

        if (state >= 0)
        {
            (sums[f], sums[f + 1], sums[f + 2], sums[f + 3]) = (b, d, v, m);
        }
    }

    /// <summary>Sums for one thread at work, empty (one per thread at work, reused).</summary>
    private FlowSums RentFlowSums()
    {
        lock (_flowSums)
        {
            if (_flowSums.TryPop(out var sums))
            {
                return sums;
            }
        }

        return new FlowSums(_world.States.Count);
    }

    /// <summary>Takes back sums, empty again.</summary>
    private void ReturnFlowSums(FlowSums sums)
    {
        lock (_flowSums)
        {
            _flowSums.Push(sums);
        }
    }

    /// <summary>
    /// Each state's population-weighted sums of its regions' scores, the regions added in ascending order, so the sums
    /// are the same on any number of threads. Each region is scored where it is added; no region's scores are kept.
    /// On one thread, with the membership index up to date, one streaming pass over the regions adds each into its
    /// owner's sum: the same additions in the same (ascending) order per state as the gather by state, so the same bits.
    /// Both loops run once a window, too seldom for tiered compilation to optimise them in time, so they are compiled
    /// fully optimised at once.
    /// </summary>
    private void Score(int threads)
    {
        var states = _world.States;
        if (threads <= 1 && !_world.MembershipChanged)
        {
            StreamScores();
            return;
        }

        RegionParallel.For(states.Count, RegionParallel.StateChunkSize, threads, GatherScores);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StreamScores()
    {
        var sums = _stateScores.AsSpan(0, _world.States.Count);
        sums.Clear();
        var owner = _world.Regions.Owner;
        var population = _world.Regions.Population;
        var buffers = ScoreBuffers.ForThisThread;
        var block = buffers.Regions.AsSpan();
        for (var first = 0; first < owner.Length; first += ScoreBlockSize)
        {
            var n = Math.Min(ScoreBlockSize, owner.Length - first);
            for (var i = 0; i < n; i++)
            {
                block[i] = first + i;
            }

            ScoreBlock(block[..n], buffers);
            for (var i = 0; i < n; i++)
            {
                var r = first + i;
                sums[owner[r]].Add(buffers.Scores(i), population[r]);
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void GatherScores(int first, int end)
    {
        var states = _world.States;
        for (var s = first; s < end; s++)
        {
            _stateScores[s] = SumOfScores(states.RegionsOf(s));
        }
    }

    /// <summary>
    /// The population-weighted sums of the scores of <paramref name="regions"/> over the current window, added in the
    /// order given: a state's sums when given its regions in ascending order, whenever they are asked.
    /// </summary>
    public ScoreSum SumOfScores(ReadOnlySpan<int> regions)
    {
        var population = _world.Regions.Population;
        var buffers = ScoreBuffers.ForThisThread;
        var sum = new ScoreSum();
        for (var start = 0; start < regions.Length; start += ScoreBlockSize)
        {
            var block = regions.Slice(start, Math.Min(ScoreBlockSize, regions.Length - start));
            ScoreBlock(block, buffers);
            for (var i = 0; i < block.Length; i++)
            {
                sum.Add(buffers.Scores(i), population[block[i]]);
            }
        }

        return sum;
    }

    /// <summary>Regions scored together in vector lanes, their scores then added one by one in order.</summary>
    private const int ScoreBlockSize = 256;

    /// <summary>
    /// Scores the regions <paramref name="block"/> into <paramref name="buffers"/>, in the widest lanes there are: the same
    /// bits as <see cref="RegionScores(int)"/> for each. Compiled fully optimised at once, the kernel inlined: it runs once a
    /// window, too seldom for tiered compilation to reach it in time.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ScoreBlock(ReadOnlySpan<int> block, ScoreBuffers buffers)
    {
        var regions = _world.Regions;
        var years = WindowYears;
        for (var i = 0; i < block.Length; i++)
        {
            var r = block[i];
            buffers.LifeExpectancy[i] = regions.LifeExpectancy[r];
            buffers.FoodSecurity[i] = regions.FoodSecurity[r];
            buffers.Income[i] = regions.IncomePerCapita[r];
            (buffers.Violence[i], buffers.Displaced[i]) = Rates(r, years);
        }

        // Three passes, each inlining one portable function: the two logarithms, then the rest with the cube root.
        var income = new IncomeIndexKernel(Index, buffers);
        Numerics.Lanes.For(ref income, 0, block.Length);
        var violence = new ViolenceIndexKernel(Index, buffers);
        Numerics.Lanes.For(ref violence, 0, block.Length);
        var scores = new ScoreKernel(Index, buffers);
        Numerics.Lanes.For(ref scores, 0, block.Length);
    }

    private double WindowYears => Math.Max(_state.Months, 1) / 12.0;

    /// <summary>A region's violent deaths per 100,000 a year over the window and its displaced share.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (double Violence, double Displaced) Rates(int r, double years)
    {
        var pop = _world.Regions.Population[r];
        return pop > 0
            ? (_state.RegionViolentDeaths[r] / (double)pop / years * 1e5, _world.Regions.Displaced[r] / (double)pop)
            : (0, 0);
    }

    /// <summary>Human security of one region over the current window (when the window closes: the scores its state's sums were made of, the same kernel in one lane).</summary>
    public HumanSecurityScores RegionScores(int r)
    {
        var regions = _world.Regions;
        var (violence, displaced) = Rates(r, WindowYears);
        var le = regions.LifeExpectancy[r];
        var fs = regions.FoodSecurity[r];
        var s = Index.Score(new Scalar(le), new Scalar(fs), new Scalar(regions.IncomePerCapita[r]), new Scalar(violence), new Scalar(displaced));
        return new HumanSecurityScores(le, fs, violence, displaced, s.IncomeIndex.Value, s.HealthIndex.Value, s.FoodIndex.Value,
            s.ViolenceIndex.Value, s.DisplacementIndex.Value, s.FreedomFromWant.Value, s.FreedomFromFear.Value, s.Index.Value);
    }

    /// <summary>
    /// Human security of the regions <paramref name="regions"/> into <paramref name="scores"/>, scored in vector lanes a
    /// block at a time: the same bits as <see cref="RegionScores(int)"/> for each, faster for many regions.
    /// </summary>
    public void RegionScores(ReadOnlySpan<int> regions, Span<HumanSecurityScores> scores)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(scores.Length, regions.Length);
        var buffers = ScoreBuffers.ForThisThread;
        for (var start = 0; start < regions.Length; start += ScoreBlockSize)
        {
            var block = regions.Slice(start, Math.Min(ScoreBlockSize, regions.Length - start));
            ScoreBlock(block, buffers);
            for (var i = 0; i < block.Length; i++)
            {
                scores[start + i] = buffers.Scores(i);
            }
        }
    }

    /// <summary>A block's inputs and scores, one set per thread.</summary>
    private sealed class ScoreBuffers
    {
        [ThreadStatic]
        private static ScoreBuffers? t_buffers;

        public static ScoreBuffers ForThisThread => t_buffers ??= new ScoreBuffers();

        public int[] Regions { get; } = new int[ScoreBlockSize];

        public double[] LifeExpectancy { get; } = new double[ScoreBlockSize];

        public double[] FoodSecurity { get; } = new double[ScoreBlockSize];

        public double[] Income { get; } = new double[ScoreBlockSize];

        public double[] Violence { get; } = new double[ScoreBlockSize];

        public double[] Displaced { get; } = new double[ScoreBlockSize];

        public double[] IncomeIndex { get; } = new double[ScoreBlockSize];

        public double[] HealthIndex { get; } = new double[ScoreBlockSize];

        public double[] FoodIndex { get; } = new double[ScoreBlockSize];

        public double[] ViolenceIndex { get; } = new double[ScoreBlockSize];

        public double[] DisplacementIndex { get; } = new double[ScoreBlockSize];

        public double[] Want { get; } = new double[ScoreBlockSize];

        public double[] Fear { get; } = new double[ScoreBlockSize];

        public double[] Hsi { get; } = new double[ScoreBlockSize];

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public HumanSecurityScores Scores(int i) => new(LifeExpectancy[i], FoodSecurity[i], Violence[i], Displaced[i],
            IncomeIndex[i], HealthIndex[i], FoodIndex[i], ViolenceIndex[i], DisplacementIndex[i], Want[i], Fear[i], Hsi[i]);
    }

    /// <summary>The income index of a block's regions, from their income.</summary>
    private readonly struct IncomeIndexKernel(HumanSecurityIndex index, ScoreBuffers b) : ILaneKernel
    {
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            index.IncomeIndexOfLog(PortableMath.LogInline(HumanSecurityIndex.IncomeFloor(T.Load(b.Income.AsSpan(i))))).Store(b.IncomeIndex.AsSpan(i));
    }

    /// <summary>The violence index of a block's regions, from their violent death rate.</summary>
    private readonly struct ViolenceIndexKernel(HumanSecurityIndex index, ScoreBuffers b) : ILaneKernel
    {
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            index.ViolenceIndexOfLog(PortableMath.LogInline(HumanSecurityIndex.ViolenceTerm(T.Load(b.Violence.AsSpan(i))))).Store(b.ViolenceIndex.AsSpan(i));
    }

    /// <summary>The other indices and the pillars of a block's regions, from their income and violence indices.</summary>
    private readonly struct ScoreKernel(HumanSecurityIndex index, ScoreBuffers b) : ILaneKernel
    {
        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T>
        {
            var s = index.ScoreOfIndices(T.Load(b.IncomeIndex.AsSpan(i)), T.Load(b.LifeExpectancy.AsSpan(i)), T.Load(b.FoodSecurity.AsSpan(i)),
                T.Load(b.ViolenceIndex.AsSpan(i)), T.Load(b.Displaced.AsSpan(i)));
            s.HealthIndex.Store(b.HealthIndex.AsSpan(i));
            s.FoodIndex.Store(b.FoodIndex.AsSpan(i));
            s.DisplacementIndex.Store(b.DisplacementIndex.AsSpan(i));
            s.FreedomFromWant.Store(b.Want.AsSpan(i));
            s.FreedomFromFear.Store(b.Fear.AsSpan(i));
            s.Index.Store(b.Hsi.AsSpan(i));
        }
    }

    /// <summary>
    /// The people flows summed by one thread at work in a tick: the states its regions belong to, in the order first met,
    /// each one's births, deaths, violent deaths and net migration, and a map from state to its slot plus one (zero for
    /// none).
    /// </summary>
    private sealed class FlowSums(int stateSlots)
    {
        private int[] _states = new int[16];
        private long[] _sums = new long[16 * PeopleFlowCount];
        private int _count;

        public int[] SlotOf { get; } = new int[stateSlots];

        public long[] Sums => _sums;

        /// <summary>Starts the next slot for <paramref name="state"/>, at zero, and returns it.</summary>
        public int Add(int state)
        {
            var slot = _count++;
            if (slot == _states.Length)
            {
                Array.Resize(ref _states, slot * 2);
                Array.Resize(ref _sums, slot * 2 * PeopleFlowCount);
            }

            _states[slot] = state;
            SlotOf[state] = slot + 1;
            _sums.AsSpan(slot * PeopleFlowCount, PeopleFlowCount).Clear();
            return slot;
        }

        /// <summary>Adds the sums to the window's flows and empties them.</summary>
        public void MoveTo(long[] flows)
        {
            for (var i = 0; i < _count; i++)
            {
                var state = _states[i];
                var f = state * FlowCount;
                var p = i * PeopleFlowCount;
                flows[f + FlowBirths] += _sums[p];
                flows[f + FlowDeaths] += _sums[p + 1];
                flows[f + FlowViolentDeaths] += _sums[p + 2];
                flows[f + FlowNetMigration] += _sums[p + 3];
                SlotOf[state] = 0;
            }

            _count = 0;
        }
    }

    /// <summary>The window's sums, for checkpoints (scores are recomputed when the window closes).</summary>
    internal void Save(BinaryWriter writer) => CheckpointCodec.Write(writer, _state);

    internal void Load(BinaryReader reader)
    {
        _state = CheckpointCodec.Read(reader, _state);
        Closes = false;
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using Westphalia.Events;
using Westphalia.Metrics;
using Westphalia.Numerics;
using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// Births, deaths and migration, in whole people. Each January a region's crude birth rate is set by a demographic
/// transition in a development index of income and women's schooling, b = f + (b_max − f) / (1 + (D / D_half)^k), with
/// a floor f = φ c / LE just below replacement, and its crude death rate from life expectancy and the age structure,
/// d = c · exp(−θ g LE) / LE (g the natural growth that shaped the age structure, a slow stock). Schooling expands
/// toward its maximum each year, and is never below what the region's income makes typical. Each month expected births, natural deaths and violent deaths (at the rate Public safety
/// set, plus the deaths from organised violence that war recorded this tick) are turned into whole people, carrying the fractions to the next month. Migrants move to richer
/// neighbours: the flow from i to j is floor(P_i · m/12 · min(ln y_j − ln y_i, gap_max) · β_ij / deg_i), with β = 1
/// inside a state and the border permeability across one. People change only by these flows. Births are held back, in
/// the same proportion everywhere, so that the world's population never passes its ceiling (docs/ODD.md §2.9, Bounds).
/// </summary>
public sealed class Demography : IMechanism
{
    private readonly World _world;
    private readonly DemographyParameters _parameters;

    /// <summary>Regions per vector block in <see cref="ComputeMigration"/>.</summary>
    private const int Block = 8;

    /// <summary>The largest degree a block may have to be handled with vectors.</summary>
    private const int MaxBlockDegree = 8;

    /// <summary>
    /// Each region's number of neighbours, up to 255 (the graph does not change during a run): read by the vector blocks
    /// for their neighbours' degrees, a byte a region rather than a double, since the sweep streams it every month.
    /// A region with more neighbours holds 255 and is no vector block's region or neighbour (<see cref="RegularBlocks"/>,
    /// <see cref="GatheredBlocks"/>); the scalar loop takes degrees from the adjacency's offsets.
    /// </summary>
    private readonly byte[] _degree;

    /// <summary>
    /// For each block of <see cref="Block"/> consecutive regions starting at a multiple of <see cref="Block"/>: the
    /// common degree when the block is regular, zero otherwise. A block is regular when its regions have the same
    /// degree d and, for every j &lt; d, the j-th neighbour of each region r is r + δ_j with the same offset δ_j:
    /// the interior of a grid row. The j-th neighbours of a regular block are then consecutive regions and are read
    /// with plain vector loads.
    /// </summary>
    private readonly int[] _blockDegree;

    /// <summary>The offsets δ_j of regular blocks, <see cref="MaxBlockDegree"/> per block.</summary>
    private readonly int[] _blockOffsets;

    /// <summary>
    /// For each regular block: whether every one of its regions' neighbours has the block's degree (the interior of a
    /// grid, away from its edges).
    /// </summary>
    private readonly bool[] _blockUniform;

    /// <summary>The largest degree a block that is not regular may have to be handled with vectors, its neighbours gathered.</summary>
    private const int MaxGatherDegree = 16;

    /// <summary>
    /// For each block that is not regular, lies inside the region tables, and whose regions have at most
    /// <see cref="MaxGatherDegree"/> neighbours each (every one of them, and every neighbour, with fewer than 255): the
    /// largest degree d among its regions; zero otherwise (the scalar loop). Its table in <see cref="_gatherTable"/>
    /// starts at <see cref="_gatherStart"/>.
    /// </summary>
    private readonly int[] _gatherDegree;

    /// <summary>Where each gathered block's table starts in <see cref="_gatherTable"/>.</summary>
    private readonly int[] _gatherStart;

    /// <summary>
    /// The gathered blocks' neighbours: for j &lt; d, <see cref="Block"/> entries, lane i's j-th neighbour, or the
    /// lane's own region where it has no j-th neighbour (a region has no gap to itself, so no flow comes of it).
    /// </summary>
    private readonly int[] _gatherTable;

    /// <summary>
    /// The reach of the graph: the largest |j − i| over its edges. A region's population is read only by its own
    /// migration and its neighbours', all within this many regions of it.
    /// </summary>
    private readonly int _reach;

    // The per-range bodies, created once rather than as a new delegate every tick.
    private readonly Action<int, int> _migration;
    private readonly Action<int, int> _apply;
    private readonly Action<int, int> _rates;
    private readonly BoundLog _bounds;

    /// <summary>This month's factor on expected births: 1, or less when the world is near its population ceiling.</summary>
    private double _birthScale = 1;

    public Demography(World world, DemographyParameters parameters, EventBus? events = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _parameters = parameters;
        _logHalfIncome = PortableMath.Log(parameters.BirthRateHalfIncome);
        _ageStep = 1 - Math.Exp(-1 / parameters.AgeStructureYears);
        var offsets = world.Adjacency.Offsets;
        _degree = new byte[world.Regions.Count];
        for (var r = 0; r < _degree.Length; r++)
        {
            _degree[r] = (byte)Math.Min(offsets[r + 1] - offsets[r], byte.MaxValue);
        }

        (_blockDegree, _blockOffsets, _blockUniform) = RegularBlocks(world.Adjacency);
        (_gatherDegree, _gatherStart, _gatherTable) = GatheredBlocks(world.Adjacency, _blockDegree);
        _reach = Reach(world.Adjacency);

        _migration = ComputeMigration;
        _apply = Apply;
        _rates = RatesFor;
        _bounds = new BoundLog(events);
    }

    /// <summary>Event type logged the first time births are held back at the world population ceiling.</summary>
    public const string PopulationCeilingReached = "population_ceiling_reached";

    public string Name => "Demography";

    public void Initialise(in TickContext context) => SetRates(context.Threads, context.YearIndex);

    public void January(in TickContext context) => SetRates(context.Threads, context.YearIndex);

    /// <summary>
    /// Regions applied at a time in a sweep (<see cref="Sweep"/>), a multiple of <see cref="Block"/>: the lag between
    /// migration and apply is the graph's reach plus at most this many regions. Tests set smaller steps.
    /// </summary>
    internal int SweepStep { get; set; } = 1024;

    /// <summary>Tests only: migration over all regions, then births and deaths over all regions, as two passes.</summary>
    internal bool TwoPasses { get; set; }

    /// <summary>
    /// The month's migration, births and deaths. Migration reads the populations before any of them changes; births
    /// and deaths read the migrants. On one thread both are done in one sweep over the regions (<see cref="Sweep"/>),
    /// so that each region's data is read from memory once a month: region r is applied once every region within the
    /// graph's reach of it has migrated, which on a grid is a row or so behind the migration. On several threads they
    /// are two passes over ranges of regions (a sweep in parts, with the seams between parts applied after, measured
    /// slower on two threads at 1,000,000 regions). The results are the same bits whatever the form: every migration
    /// reads populations that no apply has changed.
    /// </summary>
    public void Step(in TickContext context)
    {
        var count = _world.Regions.Count;
        var threads = context.Threads;
        _birthScale = BirthScale();
        if (_birthScale < 1)
        {
            _bounds.Reached(context.Tick, PopulationCeilingReached, -1, -1, ModelBounds.WorldPopulationCeiling,
                $"the world's population reached the ceiling of {ModelBounds.WorldPopulationCeiling:N0} people; births are held back so as not to pass it");
        }

        if (threads <= 1 && !TwoPasses)
        {
            Sweep(count);
            return;
        }

        RegionParallel.For(count, threads, _migration);
        RegionParallel.For(count, threads, _apply);
    }

    /// <summary>
    /// Migration and births and deaths for every region in one sweep: the regions are applied <see cref="SweepStep"/>
    /// at a time, each step once migration has passed its last region by the graph's reach (migration's blocks start at
    /// multiples of <see cref="Block"/>, so its vector blocks stay aligned).
    /// </summary>
    private void Sweep(int count)
    {
        var migrated = 0;
        for (var a = 0; a < count;)
        {
            var next = Math.Min(count, a + SweepStep);
            var needed = Math.Min(count, ((long)next + _reach + Block - 1) / Block * Block);
            if (needed > migrated)
            {
                ComputeMigration(migrated, (int)needed);
                migrated = (int)needed;
            }

            Apply(a, next);
            a = next;
        }
    }

    /// <summary>The largest |j − i| over the edges i–j of <paramref name="adjacency"/> (zero without edges).</summary>
    private static int Reach(Adjacency adjacency)
    {
        var offsets = adjacency.Offsets;
        var neighbours = adjacency.Neighbours;
        var reach = 0;
        for (var r = 0; r < adjacency.RegionCount; r++)
        {
            for (var k = offsets[r]; k < offsets[r + 1]; k++)
            {
                reach = Math.Max(reach, Math.Abs(neighbours[k] - r));
            }
        }

        return reach;
    }

    /// <summary>
    /// The factor f on every region's expected births this month that keeps the world's population at or below the
    /// ceiling C. With P the world's population and n the number of regions, births are at most f·E + n (E the expected
    /// births, each region adding less than one carried person) and deaths only lower P, so f = 1 while
    /// P + E + n ≤ C, and f = max(0, (C − P − n) / E) otherwise. P is taken from the states' populations as last
    /// aggregated, which nothing before Demography in a tick raises, so no pass over the regions is needed; E is
    /// computed only when the quick bound P · b_max / 12 + n leaves too little room.
    /// </summary>
    private double BirthScale()
    {
        var regions = _world.Regions;
        var population = regions.Population;
        long world = 0;
        foreach (var p in _world.States.Population)
        {
            world += p;
        }

        double room = ModelBounds.WorldPopulationCeiling - world - regions.Count;
        var maxRate = Math.Max(_parameters.BirthRateMax, _parameters.BirthRateMin);
        if (world * maxRate / 12 <= room)
        {
            return 1;
        }

        var expected = 0.0;
        var birthRate = regions.BirthRate;
        for (var r = 0; r < population.Length; r++)
        {
            expected += population[r] * birthRate[r] / 12.0;
        }

        return expected <= room ? 1 : room <= 0 ? 0 : room / expected;
    }

    private static (int[] Degree, int[] Offsets, bool[] Uniform) RegularBlocks(Adjacency adjacency)
    {
        var offsets = adjacency.Offsets;
        var neighbours = adjacency.Neighbours;
        var count = adjacency.RegionCount;
        var blocks = count / Block;
        var blockDegree = new int[blocks];
        var blockOffsets = new int[blocks * MaxBlockDegree];
        var uniform = new bool[blocks];
        for (var b = 0; b < blocks; b++)
        {
            var r0 = b * Block;
            var degree = offsets[r0 + 1] - offsets[r0];
            var regular = degree is > 0 and <= MaxBlockDegree;
            for (var j = 0; regular && j < degree; j++)
            {
                var delta = neighbours[offsets[r0] + j] - r0;
                blockOffsets[(b * MaxBlockDegree) + j] = delta;
                regular = r0 + delta >= 0 && r0 + delta <= count - Block; // the vector loads stay inside the tables
                for (var i = 0; regular && i < Block; i++)
                {
                    // Every neighbour's degree is below 255, so that its byte in _degree is its degree.
                    var r = r0 + i;
                    regular = offsets[r + 1] - offsets[r] == degree && neighbours[offsets[r] + j] - r == delta
                        && offsets[r + delta + 1] - offsets[r + delta] < byte.MaxValue;
                }
            }

            blockDegree[b] = regular ? degree : 0;
            uniform[b] = regular;
            for (var j = 0; uniform[b] && j < degree; j++)
            {
                for (var i = 0; uniform[b] && i < Block; i++)
                {
                    var n = r0 + i + blockOffsets[(b * MaxBlockDegree) + j];
                    uniform[b] = offsets[n + 1] - offsets[n] == degree;
                }
            }
        }

        return (blockDegree, blockOffsets, uniform);
    }

    /// <summary>The gathered blocks (<see cref="_gatherDegree"/>) of a graph whose regular blocks are <paramref name="regular"/>.</summary>
    private static (int[] Degree, int[] Start, int[] Table) GatheredBlocks(Adjacency adjacency, int[] regular)
    {
        var offsets = adjacency.Offsets;
        var neighbours = adjacency.Neighbours;
        var degree = new int[regular.Length];
        var start = new int[regular.Length];
        var table = new List<int>();
        int Degree(int r) => offsets[r + 1] - offsets[r];
        for (var b = 0; b < regular.Length; b++)
        {
            var r0 = b * Block;
            if (regular[b] > 0)
            {
                continue;
            }

            var d = 0;
            var fits = true;
            for (var i = 0; fits && i < Block; i++)
            {
                var r = r0 + i;
                d = Math.Max(d, Degree(r));
                fits = Degree(r) <= MaxGatherDegree;
                for (var k = offsets[r]; fits && k < offsets[r + 1]; k++)
                {
                    fits = Degree(neighbours[k]) < byte.MaxValue;
                }
            }

            if (!fits || d == 0)
            {
                continue;
            }

            degree[b] = d;
            start[b] = table.Count;
            for (var j = 0; j < d; j++)
            {
                for (var i = 0; i < Block; i++)
                {
                    var r = r0 + i;
                    table.Add(j < Degree(r) ? neighbours[offsets[r] + j] : r);
                }
            }
        }

        return (degree, start, [.. table]);
    }

    /// <summary>
    /// Sets birth and death rates. At the start (<paramref name="yearsSinceStart"/> 0) women's schooling is set to
    /// what the region's income makes typical and the age structure to the one its birth and death rates would keep
    /// (a stable population); each later January schooling expands and the age structure follows last year's natural
    /// growth before the rates are set.
    /// </summary>
    public void SetRates(int threads, int yearsSinceStart = 0)
    {
        _advance = yearsSinceStart > 0;
        RegionParallel.For(_world.Regions.Count, threads, _rates);
    }

    /// <summary>
    /// Bounds on the growth that shapes the age structure, −5% to +10% a year (no national population has grown or
    /// shrunk naturally beyond them, UN WPP 2019), which keep the death rate finite when births stop.
    /// </summary>
    private const double MinGrowth = -0.05;
    private const double MaxGrowth = 0.1;

    /// <summary>Whether this pass of <see cref="RatesFor"/> moves schooling and the age structure on by a year.</summary>
    private bool _advance;

    /// <summary>ln 1000 and ln D_half, with <see cref="PortableMath.Log(double)"/>.</summary>
    private readonly double _logThousand = PortableMath.Log(1000.0);

    private readonly double _logHalfIncome;

    /// <summary>The share of the gap between last year's age-structure growth and its natural growth closed in a year.</summary>
    private readonly double _ageStep;

    /// <summary>Women's schooling typical at log income <paramref name="logIncome"/> (Barro–Lee cross-section), in [0, max].</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T TypicalSchooling<T>(DemographyParameters p, T logIncome, T logThousand)
        where T : struct, ILanes<T> =>
        Lanes.Clamp(T.Create(p.SchoolingAtThousand) + (T.Create(p.SchoolingSlope) * (logIncome - logThousand)), T.Create(0.0), T.Create(p.SchoolingMax));

    /// <summary>Crude death rate at life expectancy <paramref name="life"/> in a population shaped by growth <paramref name="growth"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T DeathRate<T>(DemographyParameters p, T life, T growth)
        where T : struct, ILanes<T> =>
        DeathRateOf(p, PortableMath.Exp(DeathRateExponent(p, life, growth)), life);

    /// <summary>The exponent of <see cref="DeathRate{T}"/>'s exponential, −a g LE.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T DeathRateExponent<T>(DemographyParameters p, T life, T growth)
        where T : struct, ILanes<T> => T.Create(-p.AgeStructureShare) * growth * life;

    /// <summary><see cref="DeathRate{T}"/> from the exponential of <see cref="DeathRateExponent{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T DeathRateOf<T>(DemographyParameters p, T exponential, T life)
        where T : struct, ILanes<T> => T.Create(p.DeathRateScale) * exponential / life;

    /// <summary>
    /// The birth rate at income <paramref name="income"/>, women's schooling <paramref name="schooling"/> and life
    /// expectancy <paramref name="life"/>: b = f + (b_max − f) / (1 + (D / D_half)^k), with the development index
    /// ln D = (1 − w) ln y + w ln y_S (y_S the income at which the schooling is typical) and the floor
    /// f = clamp(φ c / LE, b_min, b_max) near replacement (c / LE is the stationary population's birth and death rate).
    /// </summary>
    public double BirthRate(double income, double schooling, double life) =>
        BirthRate(_parameters, new Scalar(PortableMath.Log(income)), new Scalar(schooling), new Scalar(life), new Scalar(_logThousand), new Scalar(_logHalfIncome)).Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T BirthRate<T>(DemographyParameters p, T logIncome, T schooling, T life, T logThousand, T logHalfIncome)
        where T : struct, ILanes<T> =>
        BirthRateOf(p, PortableMath.Exp(BirthRateExponent(p, logIncome, schooling, logThousand, logHalfIncome)), life);

    /// <summary>The exponent of <see cref="BirthRate{T}"/>'s exponential, k (ln D − ln D_half).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T BirthRateExponent<T>(DemographyParameters p, T logIncome, T schooling, T logThousand, T logHalfIncome)
        where T : struct, ILanes<T>
    {
        var schoolingIncome = logThousand + ((schooling - T.Create(p.SchoolingAtThousand)) / T.Create(p.SchoolingSlope));
        var development = (T.Create(1 - p.EducationWeight) * logIncome) + (T.Create(p.EducationWeight) * schoolingIncome);
        return T.Create(p.BirthRateSteepness) * (development - logHalfIncome);
    }

    /// <summary><see cref="BirthRate{T}"/> from the exponential of <see cref="BirthRateExponent{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T BirthRateOf<T>(DemographyParameters p, T exponential, T life)
        where T : struct, ILanes<T>
    {
        var maximum = T.Create(p.BirthRateMax);
        var floor = T.Min(maximum, T.Max(T.Create(p.BirthRateMin), T.Create(p.FertilityFloorShare * p.DeathRateScale) / life));
        return floor + ((maximum - floor) / (T.Create(1.0) + exponential));
    }

    /// <summary>
    /// The rates of a range of regions, in vector lanes where the hardware has them: logarithms and exponentials are
    /// <see cref="PortableMath"/>'s, so every lane gives a single region's bits.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void RatesFor(int start, int end)
    {
        if (!_advance)
        {
            var kernel = new Rates(this);
            Lanes.For(ref kernel, start, end);
            return;
        }

        // Each January: a block at a time in four passes, each a method of its own inlining at most one portable
        // function (a call of one passes its vectors through the stack).
        Span<double> values = stackalloc double[Lanes.PassBlock];
        var regions = _world.Regions;
        for (var first = start; first < end; first += Lanes.PassBlock)
        {
            var n = Math.Min(end, first + Lanes.PassBlock) - first;
            var logIncome = new LogOfAtLeast(regions.IncomePerCapita.AsSpan(first, n), 1.0, values[..n]);
            Lanes.For(ref logIncome, 0, n);
            var advance = new Advance(this, first, values[..n]);
            Lanes.For(ref advance, 0, n);
            var births = new BirthRates(_parameters, values[..n], regions.LifeExpectancy.AsSpan(first, n), regions.BirthRate.AsSpan(first, n));
            Lanes.For(ref births, 0, n);
            var deaths = new DeathRates(_parameters, regions.LifeExpectancy.AsSpan(first, n), regions.AgeStructureGrowth.AsSpan(first, n), regions.DeathRate.AsSpan(first, n));
            Lanes.For(ref deaths, 0, n);
        }
    }

    /// <summary>
    /// Schooling and the age structure of lanes of regions moved on by a year, from the logarithm of their income, which
    /// is then replaced by the exponent of the birth rate's exponential.
    /// </summary>
    private readonly ref struct Advance : ILaneKernel
    {
        private readonly DemographyParameters _p;
        private readonly Span<double> _growth;
        private readonly Span<double> _schooling;
        private readonly ReadOnlySpan<double> _birthRate;
        private readonly ReadOnlySpan<double> _deathRate;
        private readonly Span<double> _values;
        private readonly double _ageStep;
        private readonly double _logThousand;
        private readonly double _logHalfIncome;

        public Advance(Demography demography, int first, Span<double> values)
        {
            var regions = demography._world.Regions;
            var n = values.Length;
            _p = demography._parameters;
            _growth = regions.AgeStructureGrowth.AsSpan(first, n);
            _schooling = regions.Schooling.AsSpan(first, n);
            _birthRate = regions.BirthRate.AsSpan(first, n);
            _deathRate = regions.DeathRate.AsSpan(first, n);
            _values = values;
            _ageStep = demography._ageStep;
            _logThousand = demography._logThousand;
            _logHalfIncome = demography._logHalfIncome;
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T>
        {
            var p = _p;
            var logThousand = T.Create(_logThousand);
            var logIncome = T.Load(_values[i..]);
            var typical = TypicalSchooling(p, logIncome, logThousand);
            var last = T.Load(_growth[i..]);
            var natural = T.Load(_birthRate[i..]) - T.Load(_deathRate[i..]);
            Lanes.Clamp(last + ((natural - last) * T.Create(_ageStep)), T.Create(MinGrowth), T.Create(MaxGrowth)).Store(_growth[i..]);
            var s = T.Max(T.Load(_schooling[i..]), typical);
            var schooling = s + (T.Create(p.SchoolingExpansion) * (T.Create(p.SchoolingMax) - s));
            schooling.Store(_schooling[i..]);
            BirthRateExponent(p, logIncome, schooling, logThousand, T.Create(_logHalfIncome)).Store(_values[i..]);
        }
    }

    /// <summary>The birth rates of lanes of regions from the exponents of <see cref="BirthRate{T}"/>'s exponential.</summary>
    private readonly ref struct BirthRates(DemographyParameters p, ReadOnlySpan<double> exponent, ReadOnlySpan<double> life, Span<double> birthRate) : ILaneKernel
    {
        private readonly DemographyParameters _p = p;
        private readonly ReadOnlySpan<double> _exponent = exponent;
        private readonly ReadOnlySpan<double> _life = life;
        private readonly Span<double> _birthRate = birthRate;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            BirthRateOf(_p, PortableMath.ExpInline(T.Load(_exponent[i..])), T.Max(T.Load(_life[i..]), T.Create(1.0))).Store(_birthRate[i..]);
    }

    /// <summary>The death rates of lanes of regions at their life expectancy and age structure.</summary>
    private readonly ref struct DeathRates(DemographyParameters p, ReadOnlySpan<double> life, ReadOnlySpan<double> growth, Span<double> deathRate) : ILaneKernel
    {
        private readonly DemographyParameters _p = p;
        private readonly ReadOnlySpan<double> _life = life;
        private readonly ReadOnlySpan<double> _growth = growth;
        private readonly Span<double> _deathRate = deathRate;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T>
        {
            var life = T.Max(T.Load(_life[i..]), T.Create(1.0));
            DeathRateOf(_p, PortableMath.ExpInline(DeathRateExponent(_p, life, T.Load(_growth[i..]))), life).Store(_deathRate[i..]);
        }
    }

    /// <summary>
    /// The rates at the start, with schooling typical of the income and the age structure of the stable population: the
    /// growth g with g = b − d(g), found by damped fixed-point steps.
    /// </summary>
    private readonly struct Rates(Demography demography) : ILaneKernel
    {
        private readonly DemographyParameters _p = demography._parameters;
        private readonly RegionTable _regions = demography._world.Regions;
        private readonly double _logThousand = demography._logThousand;
        private readonly double _logHalfIncome = demography._logHalfIncome;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int r)
            where T : struct, ILanes<T>
        {
            var p = _p;
            var regions = _regions;
            var one = T.Create(1.0);
            var logThousand = T.Create(_logThousand);
            var logIncome = PortableMath.Log(T.Max(T.Load(regions.IncomePerCapita.AsSpan(r)), one));
            var life = T.Max(T.Load(regions.LifeExpectancy.AsSpan(r)), one);
            var schooling = TypicalSchooling(p, logIncome, logThousand);
            var minGrowth = T.Create(MinGrowth);
            var maxGrowth = T.Create(MaxGrowth);
            var growth = T.Create(0.0);
            var b = BirthRate(p, logIncome, schooling, life, logThousand, T.Create(_logHalfIncome));
            for (var i = 0; i < 60; i++)
            {
                growth = Lanes.Clamp(T.Create(0.5) * (growth + b - DeathRate(p, life, growth)), minGrowth, maxGrowth);
            }

            growth.Store(regions.AgeStructureGrowth.AsSpan(r));
            schooling.Store(regions.Schooling.AsSpan(r));
            b.Store(regions.BirthRate.AsSpan(r));
            DeathRate(p, life, growth).Store(regions.DeathRate.AsSpan(r));
        }
    }

    /// <summary>
    /// Migrants out of and into each region of the range. The flow from i to j is
    /// floor(P_i · (((m/12) · min(gap, gap_max) · β_ij) / deg_i)) with gap = ln y_j − ln y_i, and zero unless the gap
    /// is positive. Along an edge at most one direction has a positive gap, so each neighbour costs one flow: out of
    /// the region when the neighbour is more attractive, into it when it is less. |y_n − y_r| is bit for bit the
    /// positive one of the two gaps (IEEE subtraction is exactly antisymmetric); a zero or NaN gap gives no flow.
    /// Flows are whole people, so their sums do not depend on the order of addition. Where the hardware has 512-bit
    /// vectors, blocks of eight regions are done in vector lanes, every lane doing the scalar loop's IEEE operations in
    /// the same order: regular blocks (<see cref="_blockDegree"/>) with plain loads of their neighbours, the others
    /// (<see cref="_gatherDegree"/>: the ends of a grid's rows, an irregular map) with their neighbours gathered lane by
    /// lane. The scalar loop does what is left: a last part block, and blocks with a region of many neighbours.
    /// </summary>
    private void ComputeMigration(int start, int end)
    {
        var p = _parameters;
        var regions = _world.Regions;
        var adjacency = _world.Adjacency;
        var offsets = adjacency.Offsets;
        var neighbours = adjacency.Neighbours;
        var attractiveness = regions.Attractiveness;
        var owner = regions.Owner;
        var population = regions.Population;
        var migrantsOut = regions.MigrantsOut;
        var migrantsIn = regions.MigrantsIn;
        var rate = p.MigrationRate / 12.0;
        var maxGap = p.MigrationMaxGap;
        var border = p.BorderPermeability;
        var vectorised = Vector512.IsHardwareAccelerated;
        var r = start;
        while (r < end)
        {
            if (vectorised && r % Block == 0 && r + Block <= end)
            {
                var block = r / Block;
                if (_blockDegree[block] > 0)
                {
                    MigrateBlock<OffsetLayout>(r, _blockDegree[block], _blockUniform[block], _blockOffsets.AsSpan(block * MaxBlockDegree, MaxBlockDegree), rate, maxGap, border);
                    r += Block;
                    continue;
                }

                if (_gatherDegree[block] > 0)
                {
                    MigrateBlock<GatheredLayout>(r, _gatherDegree[block], false, _gatherTable.AsSpan(_gatherStart[block], _gatherDegree[block] * Block), rate, maxGap, border);
                    r += Block;
                    continue;
                }
            }

            double degree = offsets[r + 1] - offsets[r];
            var here = attractiveness[r];
            var state = owner[r];
            var people = population[r];
            long outflow = 0, inflow = 0;
            for (var k = offsets[r]; k < offsets[r + 1]; k++)
            {
                var n = neighbours[k];
                var gapOut = attractiveness[n] - here;
                var gap = Math.Abs(gapOut);
                if (!(gap > 0))
                {
                    continue;
                }

                var permeability = owner[n] == state ? 1.0 : border;
                if (gapOut > 0)
                {
                    outflow += (long)(people * (rate * Math.Min(gap, maxGap) * permeability / degree));
                }
                else
                {
                    inflow += (long)(population[n] * (rate * Math.Min(gap, maxGap) * permeability / (double)(offsets[n + 1] - offsets[n])));
                }
            }

            migrantsOut[r] = outflow;
            migrantsIn[r] = inflow;
            r++;
        }
    }

    /// <summary>How a vector block finds its neighbours: at fixed offsets, or gathered lane by lane from a table.</summary>
    private interface IBlockLayout
    {
        static abstract bool IsGathered { get; }
    }

    /// <summary>A regular block (<see cref="_blockDegree"/>): its j-th neighbours are the eight regions from r + δ_j.</summary>
    private readonly struct OffsetLayout : IBlockLayout
    {
        public static bool IsGathered => false;
    }

    /// <summary>A gathered block (<see cref="_gatherDegree"/>): its j-th neighbours are the j-th eight entries of its table.</summary>
    private readonly struct GatheredLayout : IBlockLayout
    {
        public static bool IsGathered => true;
    }

    /// <summary>
    /// <see cref="ComputeMigration"/> for the block of eight regions starting at <paramref name="r"/>, each with at most
    /// <paramref name="degree"/> neighbours: a regular block (<typeparamref name="TLayout"/> <see cref="OffsetLayout"/>,
    /// <paramref name="neighbours"/> its offsets δ_j) or a gathered one (<see cref="GatheredLayout"/>, its table). The
    /// loads are unchecked: <see cref="RegularBlocks"/> and <see cref="GatheredBlocks"/> have checked that the block and
    /// all its neighbours lie inside the region tables (every table has one entry per region). The lanes give the
    /// scalar loop's flows bit for bit:
    /// <list type="bullet">
    /// <item>A flow counts out of the region where the gap y_n − y_r is above zero and into it where the gap is below
    /// zero; a zero or NaN gap counts in neither, as the scalar loop skips it. A gathered lane without a j-th neighbour
    /// reads its own region: no gap, no flow.</item>
    /// <item>min(|gap|, gap_max) is the hardware minimum, which returns its second operand when either is NaN: where
    /// the flow counts, |gap| is above zero and not NaN, so the result is <see cref="Math.Min(double, double)"/>'s
    /// (a NaN gap_max included).</item>
    /// <item>In a <paramref name="uniform"/> block (<see cref="_blockUniform"/>) every neighbour has the block's degree,
    /// so the source's degree is the block's whichever way the flow goes, and the neighbours' degrees are not read.</item>
    /// </list>
    /// </summary>
    private void MigrateBlock<TLayout>(int r, int degree, bool uniform, ReadOnlySpan<int> neighbours, double rate, double maxGap, double border)
        where TLayout : struct, IBlockLayout
    {
        var regions = _world.Regions;
        ref var attractiveness = ref MemoryMarshal.GetArrayDataReference(regions.Attractiveness);
        ref var owner = ref MemoryMarshal.GetArrayDataReference(regions.Owner);
        ref var population = ref MemoryMarshal.GetArrayDataReference(regions.Population);
        ref var degrees = ref MemoryMarshal.GetArrayDataReference(_degree);
        var here = Vector512.LoadUnsafe(ref attractiveness, (nuint)r);
        var people = Vector512.ConvertToDouble(Vector512.LoadUnsafe(ref population, (nuint)r));
        var ownDegree = TLayout.IsGathered ? Degrees(ref degrees, (nuint)r) : Vector512.Create((double)degree);
        var state = Vector256.LoadUnsafe(ref owner, (nuint)r);
        var rates = Vector512.Create(rate);
        var maxGaps = Vector512.Create(maxGap);
        var borders = Vector512.Create(border);
        var outflow = Vector512<long>.Zero;
        var inflow = Vector512<long>.Zero;
        for (var j = 0; j < degree; j++)
        {
            Vector512<double> there, theirDegree;
            Vector512<long> theirPeople;
            Vector256<int> theirState;
            if (TLayout.IsGathered)
            {
                var n = neighbours.Slice(j * Block, Block);
                there = Lanes512.Gather(regions.Attractiveness, n).Value;
                theirPeople = Vector512.Create(
                    At(ref population, n[0]), At(ref population, n[1]), At(ref population, n[2]), At(ref population, n[3]),
                    At(ref population, n[4]), At(ref population, n[5]), At(ref population, n[6]), At(ref population, n[7]));
                theirDegree = Vector512.Create(
                    (double)At(ref degrees, n[0]), At(ref degrees, n[1]), At(ref degrees, n[2]), At(ref degrees, n[3]),
                    At(ref degrees, n[4]), At(ref degrees, n[5]), At(ref degrees, n[6]), At(ref degrees, n[7]));
                theirState = Vector256.Create(
                    At(ref owner, n[0]), At(ref owner, n[1]), At(ref owner, n[2]), At(ref owner, n[3]),
                    At(ref owner, n[4]), At(ref owner, n[5]), At(ref owner, n[6]), At(ref owner, n[7]));
            }
            else
            {
                var n = (nuint)(r + At(ref MemoryMarshal.GetReference(neighbours), j));
                there = Vector512.LoadUnsafe(ref attractiveness, n);
                theirPeople = Vector512.LoadUnsafe(ref population, n);
                theirDegree = uniform ? ownDegree : Degrees(ref degrees, n);
                theirState = Vector256.LoadUnsafe(ref owner, n);
            }

            var gapOut = there - here;
            var isOut = Vector512.GreaterThan(gapOut, Vector512<double>.Zero);
            var isIn = Vector512.LessThan(gapOut, Vector512<double>.Zero);
            var source = Vector512.ConditionalSelect(isOut, people, Vector512.ConvertToDouble(theirPeople));
            var sourceDegree = uniform ? ownDegree : Vector512.ConditionalSelect(isOut, ownDegree, theirDegree);
            var same = Vector512.WidenLower(Vector256.Equals(theirState, state).ToVector512Unsafe()).AsDouble();
            var permeability = Vector512.ConditionalSelect(same, Vector512<double>.One, borders);
            var share = rates * Vector512.MinNative(Vector512.Abs(gapOut), maxGaps) * permeability / sourceDegree;
            var flow = Vector512.ConvertToInt64(source * share);
            outflow += flow & isOut.AsInt64();
            inflow += flow & isIn.AsInt64();
        }

        outflow.CopyTo(regions.MigrantsOut.AsSpan(r));
        inflow.CopyTo(regions.MigrantsIn.AsSpan(r));
    }

    /// <summary>The element at <paramref name="index"/> of the table starting at <paramref name="first"/>, unchecked.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T At<T>(ref T first, int index)
        where T : struct => Unsafe.Add(ref first, index);

    /// <summary>The degrees of the eight regions from <paramref name="first"/>, as doubles (exact: they are below 255).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector512<double> Degrees(ref byte degrees, nuint first)
    {
        var bytes = Vector128.CreateScalarUnsafe(Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref degrees, first))).AsByte();
        var words = Vector128.WidenLower(bytes);
        var ints = Vector256.WidenLower(words.ToVector256Unsafe());
        return Vector512.ConvertToDouble(Vector512.WidenLower(ints.ToVector512Unsafe()));
    }

    /// <summary>
    /// Births and deaths in whole people, and the new populations. Eight regions at a time where the hardware has
    /// 512-bit vectors: the lanes do the scalar loop's IEEE operations in the same order, and conversions between
    /// whole and real numbers behave as the scalar casts do (exact to double, saturating and truncating to long). The
    /// displaced a region hosts are written only where they exceed its new population, as in the scalar loop, so
    /// their table is only read in a month without deaths of hosts.
    /// </summary>
    private void Apply(int start, int end)
    {
        var regions = _world.Regions;
        var pop = regions.Population;
        var birthRate = regions.BirthRate;
        var deathRate = regions.DeathRate;
        var violentRate = regions.ViolentDeathRate;
        var birthCarry = regions.BirthCarry;
        var deathCarry = regions.DeathCarry;
        var violenceCarry = regions.ViolenceCarry;
        var migrantsOut = regions.MigrantsOut;
        var migrantsIn = regions.MigrantsIn;
        var birthsOut = regions.Births;
        var deathsOut = regions.Deaths;
        var violentOut = regions.ViolentDeaths;
        var displaced = regions.Displaced;
        var conflictDeaths = regions.ConflictDeaths;
        var birthScale = _birthScale;
        var r = start;
        if (Vector512.IsHardwareAccelerated)
        {
            var months = Vector512.Create(12.0);
            var perHundredThousand = Vector512.Create(1e5);
            var scales = Vector512.Create(birthScale);
            for (; r <= end - Vector512<long>.Count; r += Vector512<long>.Count)
            {
                var p = Vector512.Create<long>(pop.AsSpan(r));
                var people = Vector512.ConvertToDouble(p);
                var births = Whole(people * Vector512.Create<double>(birthRate.AsSpan(r)) / months * scales, birthCarry.AsSpan(r));
                var natural = Whole(people * Vector512.Create<double>(deathRate.AsSpan(r)) / months, deathCarry.AsSpan(r));
                var violent = Whole(people * Vector512.Create<double>(violentRate.AsSpan(r)) / perHundredThousand / months, violenceCarry.AsSpan(r))
                    + Vector512.Create<long>(conflictDeaths.AsSpan(r));
                var leaving = Vector512.Create<long>(migrantsOut.AsSpan(r));
                var available = p - leaving;
                violent = Vector512.Min(violent, available);
                natural = Vector512.Min(natural, available - violent);
                var deaths = natural + violent;
                births.CopyTo(birthsOut.AsSpan(r));
                deaths.CopyTo(deathsOut.AsSpan(r));
                violent.CopyTo(violentOut.AsSpan(r));
                var next = p + births - deaths + Vector512.Create<long>(migrantsIn.AsSpan(r)) - leaving;
                next.CopyTo(pop.AsSpan(r));
                var hosted = Vector512.Create<long>(displaced.AsSpan(r));
                if (Vector512.GreaterThanAny(hosted, next))
                {
                    Vector512.Min(hosted, next).CopyTo(displaced.AsSpan(r));
                }
            }
        }

        for (; r < end; r++)
        {
            var p = pop[r];
            var births = WholePeople.Take(p * birthRate[r] / 12.0 * birthScale, ref birthCarry[r]);
            var natural = WholePeople.Take(p * deathRate[r] / 12.0, ref deathCarry[r]);
            var violent = WholePeople.Take(p * violentRate[r] / 1e5 / 12.0, ref violenceCarry[r]) + conflictDeaths[r];
            var leaving = migrantsOut[r];
            var available = p - leaving;
            violent = Math.Min(violent, available);
            natural = Math.Min(natural, available - violent);
            var deaths = natural + violent;
            birthsOut[r] = births;
            deathsOut[r] = deaths;
            violentOut[r] = violent;
            var next = p + births - deaths + migrantsIn[r] - leaving;
            pop[r] = next;
            if (displaced[r] > next)
            {
                displaced[r] = next;
            }
        }
    }

    /// <summary><see cref="WholePeople.Take"/> for eight regions.</summary>
    private static Vector512<long> Whole(Vector512<double> expected, Span<double> carry)
    {
        var total = expected + Vector512.Create<double>(carry);
        var whole = Vector512.ConvertToInt64(Vector512.Floor(total));
        (total - Vector512.ConvertToDouble(whole)).CopyTo(carry);
        return whole;
    }
}

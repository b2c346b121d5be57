using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Westphalia.Events;
using Westphalia.Metrics;
using Westphalia.Numerics;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Mechanisms;

/// <summary>
/// Income per capita grows by conditional convergence (Barro &amp; Sala-i-Martin 1992). Each January a region's
/// annual growth rate is set to
/// g = g_f + β (ln y* − ln y) + σ ε, with steady state y* = A · y_f(t) · s(ω) / s(ω_ref),
/// where A is the region's productivity, y_f(t) the frontier income, s the saturation of public investment in
/// people (ω, welfare spending over output) and ε a shock partly shared by the whole state. Income then grows by
/// (1 + g)^(1/12) each month, up to the income ceiling; the frontier stays between its floor and that ceiling
/// (docs/ODD.md §2.9, Bounds). The first time either bound binds it is logged.
/// </summary>
public sealed class Economy : IMechanism
{
    private readonly World _world;
    private readonly EconomyParameters _parameters;

    /// <summary>Each state's shock this year, times the weight of the shared part (√share).</summary>
    private readonly double[] _stateShock;

    /// <summary>Each state's steady-state investment factor this year, max(s(ω) / s(ω_ref), 10⁻⁶).</summary>
    private readonly double[] _stateInvestment;

    // The per-range bodies, created once rather than as a new delegate every tick.
    private readonly Action<int, int> _grow;
    private readonly Action<int, int> _annualRates;
    private readonly BoundLog _bounds;

    /// <summary>Set by any range in which growth met the income ceiling this month (only ever set to true).</summary>
    private volatile bool _ceilingMet;

    // What the annual-rate body needs to know about the current January.
    private CounterRng _rng;
    private int _tick;
    private double _frontier;

    public Economy(World world, EconomyParameters parameters, EventBus? events = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _parameters = parameters;
        _stateShock = new double[world.States.Count];
        _stateInvestment = new double[world.States.Count];
        _grow = Grow;
        _annualRates = SetAnnualRates;
        _bounds = new BoundLog(events);
    }

    public string Name => "Economy";

    public void January(in TickContext context) => SetAnnualRates(context);

    public void Step(in TickContext context)
    {
        RegionParallel.For(_world.Regions.Count, context.Threads, _grow);
        if (_ceilingMet && !_bounds.Logged(IncomeCeilingReached))
        {
            var region = Array.IndexOf(_world.Regions.IncomePerCapita, ModelBounds.IncomeCeiling);
            var state = region >= 0 ? _world.Regions.Owner[region] : -1;
            _bounds.Reached(context.Tick, IncomeCeilingReached, state, region, ModelBounds.IncomeCeiling,
                $"income per capita reached the ceiling of {ModelBounds.IncomeCeiling:N0} dollars a year in {(region >= 0 ? _world.Regions.Name[region] : "a region")}; growth stops at it");
        }
    }

    /// <summary>Event type logged the first time a region's income per capita meets the income ceiling.</summary>
    public const string IncomeCeilingReached = "income_ceiling_reached";

    /// <summary>Event type logged the first time the frontier income meets its ceiling or its floor.</summary>
    public const string FrontierBoundReached = "frontier_bound_reached";

    /// <summary>
    /// One month's growth: y ← min(y · (1 + g)^(1/12), ceiling), element by element (vectors give the same products
    /// and minima).
    /// </summary>
    private void Grow(int start, int end)
    {
        var regions = _world.Regions;
        var income = regions.IncomePerCapita.AsSpan(start, end - start);
        var factor = regions.GrowthFactor.AsSpan(start, end - start);
        const double ceiling = ModelBounds.IncomeCeiling;
        var met = false;
        var r = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var incomes = MemoryMarshal.Cast<double, Vector<double>>(income);
            var factors = MemoryMarshal.Cast<double, Vector<double>>(factor);
            var ceilings = new Vector<double>(ceiling);
            var over = Vector<long>.Zero;
            for (var v = 0; v < incomes.Length; v++)
            {
                var grown = incomes[v] * factors[v];
                over |= Vector.GreaterThanOrEqual(grown, ceilings);
                incomes[v] = Vector.Min(grown, ceilings);
            }

            met = over != Vector<long>.Zero;
            r = incomes.Length * Vector<double>.Count;
        }

        for (; r < income.Length; r++)
        {
            var grown = income[r] * factor[r];
            met |= grown >= ceiling;
            income[r] = Math.Min(grown, ceiling);
        }

        if (met)
        {
            _ceilingMet = true;
        }
    }

    private void SetAnnualRates(TickContext context)
    {
        var p = _parameters;
        var states = _world.States;
        var rng = context.Rng;
        var tick = context.Tick;
        var common = Math.Sqrt(p.ShockStateShare);
        var reference = Saturation.Of(p.ReferenceWelfareShare, p.HumanCapitalHalfShare);
        for (var s = 0; s < states.Count; s++)
        {
            _stateShock[s] = common * rng.Normal(tick, RngStream.Economy, -1 - s);
            var invest = Saturation.Of(states.WelfareEffort[s], p.HumanCapitalHalfShare) / reference;
            _stateInvestment[s] = Math.Max(invest, 1e-6);
        }

        _rng = rng;
        _tick = tick;
        var frontier = p.FrontierIncome * Math.Pow(1 + p.FrontierGrowth, context.YearIndex);
        _frontier = Math.Clamp(frontier, ModelBounds.FrontierFloor, ModelBounds.IncomeCeiling);
        if (_frontier != frontier)
        {
            _bounds.Reached(tick, FrontierBoundReached, -1, -1, _frontier,
                $"the frontier income reached its {(_frontier == ModelBounds.IncomeCeiling ? "ceiling" : "floor")} of {_frontier:N0} dollars a year and stays there");
        }

        RegionParallel.For(_world.Regions.Count, context.Threads, _annualRates);
    }

    /// <summary>
    /// The annual rates of a range of regions, a block of <see cref="Lanes.PassBlock"/> at a time: the region's own shock is
    /// <see cref="CounterRng.PairedNormal"/>, and logarithms and powers are <see cref="PortableMath"/>'s
    /// ((1 + g)^(1/12) = exp(ln(1 + g) / 12)), so vector lanes and single regions give the same bits. The rate is
    /// worked out in five passes over the block, each inlining at most one portable function (a call of one passes its
    /// vectors through the stack) and running as a method of its own, within the JIT's inlining budget; what one pass
    /// leaves for the next is stored as the doubles it is.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetAnnualRates(int start, int end)
    {
        Span<double> deviates = stackalloc double[Lanes.PassBlock];
        Span<double> logSteady = stackalloc double[Lanes.PassBlock];
        Span<double> growth = stackalloc double[Lanes.PassBlock];
        var regions = _world.Regions;
        for (var first = start; first < end; first += Lanes.PassBlock)
        {
            var n = Math.Min(end, first + Lanes.PassBlock) - first;
            _rng.PairedNormals(_tick, RngStream.Economy, first, deviates[..n]);
            // ln max(y, 10⁻⁹): the log income, which is also the regions' attractiveness to migrants.
            var logIncome = new LogOfAtLeast(regions.IncomePerCapita.AsSpan(first, n), 1e-9, regions.Attractiveness.AsSpan(first, n));
            Lanes.For(ref logIncome, 0, n);
            var steady = new LogSteady(this, first, logSteady[..n]);
            Lanes.For(ref steady, 0, n);
            var rate = new AnnualRate(this, deviates[..n], logSteady[..n], growth[..n], first);
            Lanes.For(ref rate, 0, n);
            var logGrowth = new LogGrowth(growth[..n]);
            Lanes.For(ref logGrowth, 0, n);
            var factor = new MonthlyFactor(growth[..n], regions.GrowthFactor.AsSpan(first, n));
            Lanes.For(ref factor, 0, n);
        }
    }

    /// <summary>ln y* = ln(A · y_f · investment factor of the owner) for lanes of regions.</summary>
    private readonly ref struct LogSteady : ILaneKernel
    {
        private readonly ReadOnlySpan<int> _owner;
        private readonly ReadOnlySpan<double> _productivity;
        private readonly double[] _stateInvestment;
        private readonly double _frontier;
        private readonly Span<double> _logSteady;

        public LogSteady(Economy economy, int first, Span<double> logSteady)
        {
            var regions = economy._world.Regions;
            _owner = regions.Owner.AsSpan(first, logSteady.Length);
            _productivity = regions.Productivity.AsSpan(first, logSteady.Length);
            _stateInvestment = economy._stateInvestment;
            _frontier = economy._frontier;
            _logSteady = logSteady;
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            PortableMath.LogInline(T.Load(_productivity[i..]) * T.Create(_frontier) * T.Gather(_stateInvestment, _owner[i..])).Store(_logSteady[i..]);
    }

    /// <summary>g = max(g_f + β (ln y* − ln y_undamaged) + σ (shared + √(1 − share) ε), −0.5) for lanes of regions.</summary>
    private readonly ref struct AnnualRate : ILaneKernel
    {
        private readonly ReadOnlySpan<int> _owner;
        private readonly ReadOnlySpan<double> _logIncome;
        private readonly ReadOnlySpan<double> _damage;
        private readonly double[] _stateShock;
        private readonly ReadOnlySpan<double> _deviates;
        private readonly ReadOnlySpan<double> _logSteady;
        private readonly Span<double> _growth;
        private readonly double _own;
        private readonly double _shockSd;
        private readonly double _frontierGrowth;
        private readonly double _convergence;

        public AnnualRate(Economy economy, ReadOnlySpan<double> deviates, ReadOnlySpan<double> logSteady, Span<double> growth, int first)
        {
            var regions = economy._world.Regions;
            var p = economy._parameters;
            _owner = regions.Owner.AsSpan(first, growth.Length);
            _logIncome = regions.Attractiveness.AsSpan(first, growth.Length);
            _damage = regions.WarDamage.AsSpan(first, growth.Length);
            _stateShock = economy._stateShock;
            _deviates = deviates;
            _logSteady = logSteady;
            _growth = growth;
            _own = Math.Sqrt(1 - p.ShockStateShare);
            _shockSd = p.ShockSd;
            _frontierGrowth = p.FrontierGrowth;
            _convergence = p.Convergence;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T>
        {
            var logIncome = T.Load(_logIncome[i..]);

            // War damage is done and rebuilt by War damage and displacement; convergence acts on the income the region would have without it.
            var damage = T.Load(_damage[i..]);
            var damaged = T.GreaterThan(damage, T.Create(0.0));
            var logUndamaged = T.Any(damaged)
                ? T.Select(damaged, logIncome - PortableMath.Log(T.Create(1.0) - damage), logIncome)
                : logIncome;
            var shock = T.Create(_shockSd) * (T.Gather(_stateShock, _owner[i..]) + (T.Create(_own) * T.Load(_deviates[i..])));
            var g = T.Create(_frontierGrowth) + (T.Create(_convergence) * (T.Load(_logSteady[i..]) - logUndamaged)) + shock;
            T.Max(g, T.Create(-0.5)).Store(_growth[i..]);
        }
    }

    /// <summary>ln(1 + g) for lanes of regions, in place of the annual rate g.</summary>
    private readonly ref struct LogGrowth(Span<double> growth) : ILaneKernel
    {
        private readonly Span<double> _growth = growth;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            PortableMath.LogInline(T.Create(1.0) + T.Load(_growth[i..])).Store(_growth[i..]);
    }

    /// <summary>The monthly factor (1 + g)^(1/12) = exp(ln(1 + g) / 12) for lanes of regions, from ln(1 + g).</summary>
    private readonly ref struct MonthlyFactor(ReadOnlySpan<double> logGrowth, Span<double> factor) : ILaneKernel
    {
        private readonly ReadOnlySpan<double> _logGrowth = logGrowth;
        private readonly Span<double> _factor = factor;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            PortableMath.ExpInline(T.Load(_logGrowth[i..]) / T.Create(12.0)).Store(_factor[i..]);
    }
}

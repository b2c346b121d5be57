using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Westphalia.Numerics;
using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// Life expectancy and food security approach targets set each January from income and public investment in
/// people: a Preston curve, LE* = a + b ln y + h + c (s(ω) − s(ω_ref)), and a logistic food-security curve,
/// FS* = logistic((ln y − ln y50) / k + e (s(ω) − s(ω_ref))). Each month the stock moves toward its target by the
/// fraction 1 − exp(−1 / (12 T)). The region's curve rises each year by secular health progress h, by
/// g(LE) = z + (k − z) / (1 + exp((LE − LE_mid) / w)) at its current life expectancy: fast where life expectancy is
/// low, slowing as it nears the top (the declining arm of the UN's double-logistic model of gains, Raftery et al. 2013).
/// </summary>
public sealed class HealthAndFood : IMechanism
{
    public const double LifeExpectancyFloor = 20;
    public const double LifeExpectancyCeiling = 90;

    private readonly World _world;
    private readonly HealthAndFoodParameters _parameters;
    private readonly EconomyParameters _economy;
    private readonly double _healthStep;
    private readonly double _foodStep;

    /// <summary>Each state's shift of the Preston curve this year, c (s(ω) − s(ω_ref)).</summary>
    private readonly double[] _healthShift;

    /// <summary>Each state's shift of the food-security curve this year, e (s(ω) − s(ω_ref)).</summary>
    private readonly double[] _foodShift;

    // The per-range bodies, created once rather than as a new delegate every tick.
    private readonly Action<int, int> _adjust;
    private readonly Action<int, int> _targets;

    /// <summary>Years of life expectancy and logit points of food security lost at full war damage (the conflict trap).</summary>
    private readonly double _damageHealth;

    /// <summary>ln y_half, the log income at which half the people are food-secure.</summary>
    private readonly double _logFoodHalfIncome;
    private readonly double _damageFood;

    /// <summary>Whether this pass of <see cref="TargetsFor"/> adds a year's secular health progress (every January but the first).</summary>
    private bool _advance;

    public HealthAndFood(World world, HealthAndFoodParameters parameters, EconomyParameters economy, WarEffectsParameters? warEffects = null)
    {
        _damageHealth = warEffects?.DamageLifeExpectancy ?? 0;
        _damageFood = warEffects?.DamageFoodSecurity ?? 0;
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(parameters);
        _world = world;
        _parameters = parameters;
        _economy = economy;
        _healthStep = 1 - Math.Exp(-1.0 / (12 * parameters.HealthAdjustmentYears));
        _foodStep = 1 - Math.Exp(-1.0 / (12 * parameters.FoodAdjustmentYears));
        _logFoodHalfIncome = PortableMath.Log(parameters.FoodHalfIncome);
        _healthShift = new double[world.States.Count];
        _foodShift = new double[world.States.Count];
        _adjust = Adjust;
        _targets = TargetsFor;
    }

    public string Name => "Health and food";

    /// <summary>Life expectancy and food security at their targets.</summary>
    public void Initialise(in TickContext context)
    {
        var regions = _world.Regions;
        SetTargets(context.Threads, context.YearIndex);
        Array.Copy(regions.LifeExpectancyTarget, regions.LifeExpectancy, regions.Count);
        Array.Copy(regions.FoodSecurityTarget, regions.FoodSecurity, regions.Count);
    }

    public void January(in TickContext context) => SetTargets(context.Threads, context.YearIndex);

    public void Step(in TickContext context) =>
        RegionParallel.For(_world.Regions.Count, context.Threads, _adjust);

    /// <summary>One month's adjustment toward the targets, element by element (vectors give the same results).</summary>
    private void Adjust(int start, int end)
    {
        var regions = _world.Regions;
        var length = end - start;
        Adjust(regions.LifeExpectancy.AsSpan(start, length), regions.LifeExpectancyTarget.AsSpan(start, length), _healthStep);
        Adjust(regions.FoodSecurity.AsSpan(start, length), regions.FoodSecurityTarget.AsSpan(start, length), _foodStep);
    }

    /// <summary>x ← x + (target − x) · step.</summary>
    private static void Adjust(Span<double> stock, ReadOnlySpan<double> target, double step)
    {
        var r = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var stocks = MemoryMarshal.Cast<double, Vector<double>>(stock);
            var targets = MemoryMarshal.Cast<double, Vector<double>>(target);
            var steps = new Vector<double>(step);
            for (var v = 0; v < stocks.Length; v++)
            {
                stocks[v] += (targets[v] - stocks[v]) * steps;
            }

            r = stocks.Length * Vector<double>.Count;
        }

        for (; r < stock.Length; r++)
        {
            stock[r] += (target[r] - stock[r]) * step;
        }
    }

    /// <summary>
    /// Sets each region's targets from its income, its secular health progress and its state's welfare effort,
    /// <paramref name="yearsSinceStart"/> years into the run (after the first year each region's curve first rises by
    /// <see cref="HealthGain"/> at its life expectancy).
    /// </summary>
    public void SetTargets(int threads, int yearsSinceStart = 0)
    {
        var p = _parameters;
        _advance = yearsSinceStart > 0;
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            var gap = InvestmentGap(states.WelfareEffort[s]);
            _healthShift[s] = p.WelfareHealthEffect * gap;
            _foodShift[s] = p.WelfareFoodEffect * gap;
        }

        RegionParallel.For(_world.Regions.Count, threads, _targets);
    }

    /// <summary>
    /// <see cref="LifeExpectancyTarget"/> and <see cref="FoodSecurityTarget"/> for a range of regions, with the
    /// logarithm of income taken once and the state terms taken from <see cref="_healthShift"/> and
    /// <see cref="_foodShift"/>, in vector lanes where the hardware has them (logarithms and exponentials are
    /// <see cref="PortableMath"/>'s, so every lane gives a single region's bits). A block at a time in four passes, each
    /// a method of its own inlining at most one portable function (a call of one passes its vectors through the stack):
    /// the secular health gain, the logarithm of income, the life expectancy target with the food security index's
    /// argument, and the food security target.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void TargetsFor(int start, int end)
    {
        Span<double> values = stackalloc double[Lanes.PassBlock];
        var regions = _world.Regions;
        for (var first = start; first < end; first += Lanes.PassBlock)
        {
            var n = Math.Min(end, first + Lanes.PassBlock) - first;
            if (_advance)
            {
                var gain = new Gain(_parameters, regions.LifeExpectancy.AsSpan(first, n), regions.HealthGain.AsSpan(first, n));
                Lanes.For(ref gain, 0, n);
            }

            var logIncome = new LogOfAtLeast(regions.IncomePerCapita.AsSpan(first, n), 1.0, values[..n]);
            Lanes.For(ref logIncome, 0, n);
            var life = new LifeTargets(this, first, values[..n]);
            Lanes.For(ref life, 0, n);
            var food = new FoodTargets(values[..n], regions.FoodSecurityTarget.AsSpan(first, n));
            Lanes.For(ref food, 0, n);
        }
    }

    /// <summary>The health gain of lanes of regions, raised by <see cref="HealthGain"/> at their life expectancy.</summary>
    private readonly ref struct Gain(HealthAndFoodParameters p, ReadOnlySpan<double> lifeExpectancy, Span<double> gain) : ILaneKernel
    {
        private readonly HealthAndFoodParameters _p = p;
        private readonly ReadOnlySpan<double> _lifeExpectancy = lifeExpectancy;
        private readonly Span<double> _gain = gain;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            (T.Load(_gain[i..]) + HealthGain(_p, T.Load(_lifeExpectancy[i..]))).Store(_gain[i..]);
    }

    /// <summary>
    /// The life expectancy targets of lanes of regions from the logarithm of their income, which is then replaced by the
    /// argument z of the food security target's logistic.
    /// </summary>
    private readonly ref struct LifeTargets : ILaneKernel
    {
        private readonly HealthAndFoodParameters _p;
        private readonly ReadOnlySpan<int> _owner;
        private readonly ReadOnlySpan<double> _gain;
        private readonly ReadOnlySpan<double> _damage;
        private readonly Span<double> _lifeTarget;
        private readonly Span<double> _values;
        private readonly double[] _healthShift;
        private readonly double[] _foodShift;
        private readonly double _damageHealth;
        private readonly double _damageFood;
        private readonly double _logHalfIncome;

        public LifeTargets(HealthAndFood health, int first, Span<double> values)
        {
            var regions = health._world.Regions;
            var n = values.Length;
            _p = health._parameters;
            _owner = regions.Owner.AsSpan(first, n);
            _gain = regions.HealthGain.AsSpan(first, n);
            _damage = regions.WarDamage.AsSpan(first, n);
            _lifeTarget = regions.LifeExpectancyTarget.AsSpan(first, n);
            _values = values;
            _healthShift = health._healthShift;
            _foodShift = health._foodShift;
            _damageHealth = health._damageHealth;
            _damageFood = health._damageFood;
            _logHalfIncome = health._logFoodHalfIncome;
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T>
        {
            var p = _p;
            var owners = _owner[i..];
            var damage = T.Load(_damage[i..]);
            var logIncome = T.Load(_values[i..]);
            var le = T.Create(p.PrestonIntercept) + (T.Create(p.PrestonSlope) * logIncome) + T.Load(_gain[i..]) + T.Gather(_healthShift, owners) - (T.Create(_damageHealth) * damage);
            Lanes.Clamp(le, T.Create(LifeExpectancyFloor), T.Create(LifeExpectancyCeiling)).Store(_lifeTarget[i..]);
            var z = ((logIncome - T.Create(_logHalfIncome)) / T.Create(p.FoodIncomeScale)) + T.Gather(_foodShift, owners) - (T.Create(_damageFood) * damage);
            z.Store(_values[i..]);
        }
    }

    /// <summary>The food security targets of lanes of regions, the logistic of z.</summary>
    private readonly ref struct FoodTargets(ReadOnlySpan<double> z, Span<double> target) : ILaneKernel
    {
        private readonly ReadOnlySpan<double> _z = z;
        private readonly Span<double> _target = target;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> => Logistic(T.Load(_z[i..])).Store(_target[i..]);
    }

    /// <summary>1 / (1 + e^−z).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Logistic<T>(T z)
        where T : struct, ILanes<T> => T.Create(1.0) / (T.Create(1.0) + PortableMath.ExpInline(T.Create(0.0) - z));

    /// <summary>Years a year the Preston curve rises at life expectancy <paramref name="lifeExpectancy"/>.</summary>
    public double HealthGain(double lifeExpectancy) => HealthGain(_parameters, new Scalar(lifeExpectancy)).Value;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T HealthGain<T>(HealthAndFoodParameters p, T lifeExpectancy)
        where T : struct, ILanes<T> =>
        T.Create(p.HealthGainMin) + (T.Create(p.HealthGainMax - p.HealthGainMin)
            / (T.Create(1.0) + PortableMath.ExpInline((lifeExpectancy - T.Create(p.HealthGainMidpoint)) / T.Create(p.HealthGainWidth))));

    public double LifeExpectancyTarget(double income, double welfareEffort)
    {
        var p = _parameters;
        var le = p.PrestonIntercept + p.PrestonSlope * PortableMath.Log(Math.Max(income, 1)) + p.WelfareHealthEffect * InvestmentGap(welfareEffort);
        return Math.Clamp(le, LifeExpectancyFloor, LifeExpectancyCeiling);
    }

    public double FoodSecurityTarget(double income, double welfareEffort)
    {
        var p = _parameters;
        var z = (PortableMath.Log(Math.Max(income, 1)) - _logFoodHalfIncome) / p.FoodIncomeScale + p.WelfareFoodEffect * InvestmentGap(welfareEffort);
        return Logistic(new Scalar(z)).Value;
    }

    private double InvestmentGap(double welfareEffort) =>
        Saturation.Of(welfareEffort, _economy.HumanCapitalHalfShare) - Saturation.Of(_economy.ReferenceWelfareShare, _economy.HumanCapitalHalfShare);
}

using System.Numerics;
using System.Runtime.InteropServices;
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
    /// <see cref="_foodShift"/>: the same operations on the same values.
    /// </summary>
    private void TargetsFor(int start, int end)
    {
        var p = _parameters;
        var regions = _world.Regions;
        var owner = regions.Owner;
        var income = regions.IncomePerCapita;
        var lifeExpectancyTarget = regions.LifeExpectancyTarget;
        var foodSecurityTarget = regions.FoodSecurityTarget;
        var healthShift = _healthShift;
        var foodShift = _foodShift;
        var damage = regions.WarDamage;
        var damageHealth = _damageHealth;
        var damageFood = _damageFood;
        var intercept = p.PrestonIntercept;
        var gain = regions.HealthGain;
        var lifeExpectancy = regions.LifeExpectancy;
        var advance = _advance;
        var slope = p.PrestonSlope;
        var logHalfIncome = Math.Log(p.FoodHalfIncome);
        var scale = p.FoodIncomeScale;
        for (var r = start; r < end; r++)
        {
            var state = owner[r];
            if (advance)
            {
                gain[r] += HealthGain(lifeExpectancy[r]);
            }

            var logIncome = Math.Log(Math.Max(income[r], 1));
            var le = intercept + slope * logIncome + gain[r] + healthShift[state] - (damageHealth * damage[r]);
            lifeExpectancyTarget[r] = Math.Clamp(le, LifeExpectancyFloor, LifeExpectancyCeiling);
            var z = (logIncome - logHalfIncome) / scale + foodShift[state] - (damageFood * damage[r]);
            foodSecurityTarget[r] = 1 / (1 + Math.Exp(-z));
        }
    }

    /// <summary>Years a year the Preston curve rises at life expectancy <paramref name="lifeExpectancy"/>.</summary>
    public double HealthGain(double lifeExpectancy)
    {
        var p = _parameters;
        return p.HealthGainMin + ((p.HealthGainMax - p.HealthGainMin) / (1 + Math.Exp((lifeExpectancy - p.HealthGainMidpoint) / p.HealthGainWidth)));
    }

    public double LifeExpectancyTarget(double income, double welfareEffort)
    {
        var p = _parameters;
        var le = p.PrestonIntercept + p.PrestonSlope * Math.Log(Math.Max(income, 1)) + p.WelfareHealthEffect * InvestmentGap(welfareEffort);
        return Math.Clamp(le, LifeExpectancyFloor, LifeExpectancyCeiling);
    }

    public double FoodSecurityTarget(double income, double welfareEffort)
    {
        var p = _parameters;
        var z = (Math.Log(Math.Max(income, 1)) - Math.Log(p.FoodHalfIncome)) / p.FoodIncomeScale + p.WelfareFoodEffect * InvestmentGap(welfareEffort);
        return 1 / (1 + Math.Exp(-z));
    }

    private double InvestmentGap(double welfareEffort) =>
        Saturation.Of(welfareEffort, _economy.HumanCapitalHalfShare) - Saturation.Of(_economy.ReferenceWelfareShare, _economy.HumanCapitalHalfShare);
}

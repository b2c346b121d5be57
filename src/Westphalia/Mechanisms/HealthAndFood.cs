using Westphalia.Scenarios;

namespace Westphalia.Mechanisms;

/// <summary>
/// Life expectancy and food security approach targets set each January from income and public investment in
/// people: a Preston curve, LE* = a + b ln y + c (s(ω) − s(ω_ref)), and a logistic food-security curve,
/// FS* = logistic((ln y − ln y50) / k + e (s(ω) − s(ω_ref))). Each month the stock moves toward its target by the
/// fraction 1 − exp(−1 / (12 T)).
/// </summary>
public sealed class HealthAndFood(World world, HealthAndFoodParameters parameters, EconomyParameters economy) : IMechanism
{
    public const double LifeExpectancyFloor = 20;
    public const double LifeExpectancyCeiling = 90;

    private readonly double _healthStep = 1 - Math.Exp(-1.0 / (12 * parameters.HealthAdjustmentYears));
    private readonly double _foodStep = 1 - Math.Exp(-1.0 / (12 * parameters.FoodAdjustmentYears));

    public string Name => "Health and food";

    public void Step(in TickContext context)
    {
        var regions = world.Regions;
        if (context.IsNewYear)
        {
            SetTargets(context.Threads);
        }

        var le = regions.LifeExpectancy;
        var leTarget = regions.LifeExpectancyTarget;
        var fs = regions.FoodSecurity;
        var fsTarget = regions.FoodSecurityTarget;
        var healthStep = _healthStep;
        var foodStep = _foodStep;
        RegionParallel.For(regions.Count, context.Threads, (start, end) =>
        {
            for (var r = start; r < end; r++)
            {
                le[r] += (leTarget[r] - le[r]) * healthStep;
                fs[r] += (fsTarget[r] - fs[r]) * foodStep;
            }
        });
    }

    /// <summary>Sets each region's targets from its income and its state's welfare effort.</summary>
    public void SetTargets(int threads)
    {
        var regions = world.Regions;
        var states = world.States;
        RegionParallel.For(regions.Count, threads, (start, end) =>
        {
            for (var r = start; r < end; r++)
            {
                var effort = states.WelfareEffort[regions.Owner[r]];
                regions.LifeExpectancyTarget[r] = LifeExpectancyTarget(regions.IncomePerCapita[r], effort);
                regions.FoodSecurityTarget[r] = FoodSecurityTarget(regions.IncomePerCapita[r], effort);
            }
        });
    }

    public double LifeExpectancyTarget(double income, double welfareEffort)
    {
        var p = parameters;
        var le = p.PrestonIntercept + p.PrestonSlope * Math.Log(Math.Max(income, 1)) + p.WelfareHealthEffect * InvestmentGap(welfareEffort);
        return Math.Clamp(le, LifeExpectancyFloor, LifeExpectancyCeiling);
    }

    public double FoodSecurityTarget(double income, double welfareEffort)
    {
        var p = parameters;
        var z = (Math.Log(Math.Max(income, 1)) - Math.Log(p.FoodHalfIncome)) / p.FoodIncomeScale + p.WelfareFoodEffect * InvestmentGap(welfareEffort);
        return 1 / (1 + Math.Exp(-z));
    }

    private double InvestmentGap(double welfareEffort) =>
        Saturation.Of(welfareEffort, economy.HumanCapitalHalfShare) - Saturation.Of(economy.ReferenceWelfareShare, economy.HumanCapitalHalfShare);
}

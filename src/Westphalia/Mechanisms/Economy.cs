using Westphalia.Randomness;
using Westphalia.Scenarios;

namespace Westphalia.Mechanisms;

/// <summary>
/// Income per capita grows by conditional convergence (Barro &amp; Sala-i-Martin 1992). Each January a region's
/// annual growth rate is set to
/// g = g_f + β (ln y* − ln y) + σ ε, with steady state y* = A · y_f(t) · s(ω) / s(ω_ref),
/// where A is the region's productivity, y_f(t) the frontier income, s the saturation of public investment in
/// people (ω, welfare spending over output) and ε a shock partly shared by the whole state. Income then grows by
/// (1 + g)^(1/12) each month.
/// </summary>
public sealed class Economy(World world, EconomyParameters parameters) : IMechanism
{
    private readonly double[] _stateShock = new double[world.States.Count];

    public string Name => "Economy";

    public void Step(in TickContext context)
    {
        var regions = world.Regions;
        if (context.IsNewYear)
        {
            SetAnnualRates(context);
        }

        var income = regions.IncomePerCapita;
        var factor = regions.GrowthFactor;
        RegionParallel.For(regions.Count, context.Threads, (start, end) =>
        {
            for (var r = start; r < end; r++)
            {
                income[r] *= factor[r];
            }
        });
    }

    private void SetAnnualRates(TickContext context)
    {
        var p = parameters;
        var states = world.States;
        var regions = world.Regions;
        var rng = context.Rng;
        var tick = context.Tick;
        var common = Math.Sqrt(p.ShockStateShare);
        var own = Math.Sqrt(1 - p.ShockStateShare);
        for (var s = 0; s < states.Count; s++)
        {
            _stateShock[s] = rng.Normal(tick, RngStream.Economy, -1 - s);
        }

        var frontier = p.FrontierIncome * Math.Pow(1 + p.FrontierGrowth, context.YearIndex);
        var reference = Saturation.Of(p.ReferenceWelfareShare, p.HumanCapitalHalfShare);
        RegionParallel.For(regions.Count, context.Threads, (start, end) =>
        {
            for (var r = start; r < end; r++)
            {
                var owner = regions.Owner[r];
                var y = Math.Max(regions.IncomePerCapita[r], 1e-9);
                var invest = Saturation.Of(states.WelfareEffort[owner], p.HumanCapitalHalfShare) / reference;
                var steady = regions.Productivity[r] * frontier * Math.Max(invest, 1e-6);
                var shock = p.ShockSd * (common * _stateShock[owner] + own * rng.Normal(tick, RngStream.Economy, r));
                var g = p.FrontierGrowth + p.Convergence * (Math.Log(steady) - Math.Log(y)) + shock;
                g = Math.Max(g, -0.5);
                regions.GrowthFactor[r] = Math.Pow(1 + g, 1.0 / 12.0);
                regions.Attractiveness[r] = Math.Log(y);
            }
        });
    }
}

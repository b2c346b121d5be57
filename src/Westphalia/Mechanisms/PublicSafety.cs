using Westphalia.Scenarios;

namespace Westphalia.Mechanisms;

/// <summary>
/// Violence outside war (homicide and violent crime). Each January a region's rate of violent deaths per 100,000
/// a year is set to v = v0 (y / y_ref)^−η (1 + k s(π_ref)) / (1 + k s(π)), where π is the state's police spending
/// over output. The deaths themselves are drawn in Demography.
/// </summary>
public sealed class PublicSafety(World world, PublicSafetyParameters parameters) : IMechanism
{
    public string Name => "Public safety";

    public void Step(in TickContext context)
    {
        if (context.IsNewYear)
        {
            SetRates(context.Threads);
        }
    }

    public void SetRates(int threads)
    {
        var regions = world.Regions;
        var states = world.States;
        RegionParallel.For(regions.Count, threads, (start, end) =>
        {
            for (var r = start; r < end; r++)
            {
                regions.ViolentDeathRate[r] = Rate(regions.IncomePerCapita[r], states.PoliceEffort[regions.Owner[r]]);
            }
        });
    }

    public double Rate(double income, double policeEffort)
    {
        var p = parameters;
        var incomeTerm = Math.Pow(Math.Max(income, 1) / p.ReferenceIncome, -p.IncomeElasticity);
        var policing = (1 + p.PoliceStrength * Saturation.Of(p.ReferencePoliceShare, p.PoliceHalfShare))
            / (1 + p.PoliceStrength * Saturation.Of(policeEffort, p.PoliceHalfShare));
        return p.BaseRate * incomeTerm * policing;
    }
}

using Westphalia.Parameters;

namespace Westphalia.Mechanisms;

/// <summary>
/// Violence outside war (homicide and violent crime). Each January a region's rate of violent deaths per 100,000
/// a year is set to v = v0 (y / y_ref)^−η (1 + k s(π_ref)) / (1 + k s(π)), where π is the state's police spending
/// over output, at most the rate at which everyone would die within the month (docs/ODD.md §2.9, Bounds). Demography
/// turns the rate into whole deaths each month.
/// </summary>
public sealed class PublicSafety : IMechanism
{
    private readonly World _world;
    private readonly PublicSafetyParameters _parameters;

    /// <summary>Each state's policing factor this year, (1 + k s(π_ref)) / (1 + k s(π)).</summary>
    private readonly double[] _policing;

    // The per-range body, created once rather than as a new delegate every year.
    private readonly Action<int, int> _rates;

    public PublicSafety(World world, PublicSafetyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _parameters = parameters;
        _policing = new double[world.States.Count];
        _rates = SetRates;
    }

    public string Name => "Public safety";

    public void Initialise(in TickContext context) => SetRates(context.Threads);

    public void January(in TickContext context) => SetRates(context.Threads);

    public void SetRates(int threads)
    {
        var states = _world.States;
        for (var s = 0; s < states.Count; s++)
        {
            _policing[s] = Policing(states.PoliceEffort[s]);
        }

        RegionParallel.For(_world.Regions.Count, threads, _rates);
    }

    /// <summary><see cref="Rate"/> for a range of regions, with the state's policing factor computed once per state.</summary>
    private void SetRates(int start, int end)
    {
        var p = _parameters;
        var regions = _world.Regions;
        var owner = regions.Owner;
        var income = regions.IncomePerCapita;
        var violentDeathRate = regions.ViolentDeathRate;
        var policing = _policing;
        var baseRate = p.BaseRate;
        var referenceIncome = p.ReferenceIncome;
        var exponent = -p.IncomeElasticity;
        for (var r = start; r < end; r++)
        {
            var incomeTerm = Math.Pow(Math.Max(income[r], 1) / referenceIncome, exponent);
            violentDeathRate[r] = Math.Min(baseRate * incomeTerm * policing[owner[r]], ModelBounds.ViolentDeathRateCeiling);
        }
    }

    public double Rate(double income, double policeEffort)
    {
        var p = _parameters;
        var incomeTerm = Math.Pow(Math.Max(income, 1) / p.ReferenceIncome, -p.IncomeElasticity);
        return Math.Min(p.BaseRate * incomeTerm * Policing(policeEffort), ModelBounds.ViolentDeathRateCeiling);
    }

    private double Policing(double policeEffort)
    {
        var p = _parameters;
        return (1 + p.PoliceStrength * Saturation.Of(p.ReferencePoliceShare, p.PoliceHalfShare))
            / (1 + p.PoliceStrength * Saturation.Of(policeEffort, p.PoliceHalfShare));
    }
}

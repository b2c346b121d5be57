using System.Runtime.CompilerServices;
using Westphalia.Numerics;
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

    /// <summary>
    /// <see cref="Rate"/> for a range of regions, with the state's policing factor computed once per state, in vector
    /// lanes where the hardware has them (the power is <see cref="PortableMath"/>'s, the same bits in every lane).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetRates(int start, int end)
    {
        var kernel = new Rates(this);
        Lanes.For(ref kernel, start, end);
    }

    private readonly struct Rates(PublicSafety safety) : ILaneKernel
    {
        private readonly PublicSafetyParameters _p = safety._parameters;
        private readonly RegionTable _regions = safety._world.Regions;
        private readonly double[] _policing = safety._policing;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int r)
            where T : struct, ILanes<T>
        {
            var regions = _regions;
            var income = T.Load(regions.IncomePerCapita.AsSpan(r));
            var rate = Rate(_p, income, T.Gather(_policing, regions.Owner.AsSpan(r)));
            rate.Store(regions.ViolentDeathRate.AsSpan(r));
        }
    }

    public double Rate(double income, double policeEffort) =>
        Rate(_parameters, new Scalar(income), new Scalar(Policing(policeEffort))).Value;

    /// <summary>v0 (max(y, 1) / y_ref)^−η times the policing factor, at most the ceiling.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Rate<T>(PublicSafetyParameters p, T income, T policing)
        where T : struct, ILanes<T>
    {
        var incomeTerm = PortableMath.Pow(T.Max(income, T.Create(1.0)) / T.Create(p.ReferenceIncome), T.Create(-p.IncomeElasticity));
        return T.Min(T.Create(p.BaseRate) * incomeTerm * policing, T.Create(ModelBounds.ViolentDeathRateCeiling));
    }

    private double Policing(double policeEffort)
    {
        var p = _parameters;
        return (1 + p.PoliceStrength * Saturation.Of(p.ReferencePoliceShare, p.PoliceHalfShare))
            / (1 + p.PoliceStrength * Saturation.Of(policeEffort, p.PoliceHalfShare));
    }
}

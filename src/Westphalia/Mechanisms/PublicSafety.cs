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
    /// lanes where the hardware has them, a block at a time in two passes: the logarithm of the scaled income, then the
    /// rate from it. Each pass inlines one portable function (<see cref="PortableMath"/>'s, the same bits in every lane),
    /// rather than calling the power for each vector; each pass's kernel is a method of its own, so that the loop that
    /// calls it stays within the JIT's inlining budget too.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SetRates(int start, int end)
    {
        Span<double> logs = stackalloc double[Lanes.PassBlock];
        var regions = _world.Regions;
        for (var first = start; first < end; first += Lanes.PassBlock)
        {
            var n = Math.Min(end, first + Lanes.PassBlock) - first;
            var scaled = new LogScaledIncome(_parameters, regions.IncomePerCapita.AsSpan(first, n), logs[..n]);
            Lanes.For(ref scaled, 0, n);
            var rates = new Rates(this, first, logs[..n]);
            Lanes.For(ref rates, 0, n);
        }
    }

    /// <summary>ln(max(y, 1) / y_ref) for lanes of regions.</summary>
    private readonly ref struct LogScaledIncome(PublicSafetyParameters p, ReadOnlySpan<double> income, Span<double> logs) : ILaneKernel
    {
        private readonly double _referenceIncome = p.ReferenceIncome;
        private readonly ReadOnlySpan<double> _income = income;
        private readonly Span<double> _logs = logs;

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            PortableMath.LogInline(ScaledIncome(_referenceIncome, T.Load(_income[i..]))).Store(_logs[i..]);
    }

    /// <summary>The rates of lanes of regions from the logarithms of their scaled incomes.</summary>
    private readonly ref struct Rates : ILaneKernel
    {
        private readonly PublicSafetyParameters _p;
        private readonly ReadOnlySpan<int> _owner;
        private readonly ReadOnlySpan<double> _logs;
        private readonly Span<double> _rates;
        private readonly double[] _policing;

        public Rates(PublicSafety safety, int first, ReadOnlySpan<double> logs)
        {
            var regions = safety._world.Regions;
            _p = safety._parameters;
            _owner = regions.Owner.AsSpan(first, logs.Length);
            _logs = logs;
            _rates = regions.ViolentDeathRate.AsSpan(first, logs.Length);
            _policing = safety._policing;
        }

        [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
        public void Run<T>(int i)
            where T : struct, ILanes<T> =>
            RateFromLog(_p, T.Load(_logs[i..]), T.Gather(_policing, _owner[i..])).Store(_rates[i..]);
    }

    public double Rate(double income, double policeEffort)
    {
        var logScaled = PortableMath.Log(ScaledIncome(_parameters.ReferenceIncome, new Scalar(income)));
        return RateFromLog(_parameters, logScaled, new Scalar(Policing(policeEffort))).Value;
    }

    /// <summary>max(y, 1) / y_ref.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T ScaledIncome<T>(double referenceIncome, T income)
        where T : struct, ILanes<T> => T.Max(income, T.Create(1.0)) / T.Create(referenceIncome);

    /// <summary>
    /// v0 (max(y, 1) / y_ref)^−η times the policing factor, at most the ceiling, from the logarithm of the scaled income:
    /// the power is exp(−η ln(max(y, 1) / y_ref)), as <see cref="PortableMath.Pow{T}(T, T)"/> has it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T RateFromLog<T>(PublicSafetyParameters p, T logScaledIncome, T policing)
        where T : struct, ILanes<T>
    {
        var incomeTerm = PortableMath.ExpInline(T.Create(-p.IncomeElasticity) * logScaledIncome);
        return T.Min(T.Create(p.BaseRate) * incomeTerm * policing, T.Create(ModelBounds.ViolentDeathRateCeiling));
    }

    private double Policing(double policeEffort)
    {
        var p = _parameters;
        return (1 + p.PoliceStrength * Saturation.Of(p.ReferencePoliceShare, p.PoliceHalfShare))
            / (1 + p.PoliceStrength * Saturation.Of(policeEffort, p.PoliceHalfShare));
    }
}

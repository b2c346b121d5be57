using System.Runtime.CompilerServices;
using Westphalia.Numerics;
using Westphalia.Parameters;

namespace Westphalia.Metrics;

/// <summary>
/// The Human Security Index, built the way the HDI is: each dimension is scaled to [0, 1] between goalposts and the
/// dimensions are combined by geometric means. Freedom from want = GM(income, health, food); freedom from fear =
/// GM(violence, displacement); HSI = GM(want, fear), giving the Canadian and the UNDP schools equal weight.
/// Every score is computed by one lane kernel (<see cref="Score{T}"/>) from IEEE basic operations and the portable
/// logarithm and cube root, so a region's scores are the same bits one at a time or in vector lanes, on any
/// instruction set; the one-value methods are that kernel in one lane. A kernel over many regions may work out the two
/// logarithms first, in passes of their own, and then the rest (<see cref="ScoreOfIndices{T}"/>).
/// </summary>
public sealed class HumanSecurityIndex
{
    private readonly double _logIncomeMin;
    private readonly double _incomeScale;
    private readonly double _violenceScale;
    private readonly double _lifeExpectancyMin;
    private readonly double _lifeExpectancyRange;
    private readonly double _floor;

    public HumanSecurityIndex(HumanSecurityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _logIncomeMin = PortableMath.Log(parameters.IncomeMin);
        _incomeScale = 1 / (PortableMath.Log(parameters.IncomeMax) - _logIncomeMin);
        _violenceScale = 1 / PortableMath.Log(1 + parameters.ViolenceMax);
        _lifeExpectancyMin = parameters.LifeExpectancyMin;
        _lifeExpectancyRange = parameters.LifeExpectancyMax - parameters.LifeExpectancyMin;
        _floor = parameters.IndexFloor;
    }

    /// <summary>(ln y − ln y_min) / (ln y_max − ln y_min), clamped to [0, 1] (UNDP HDI technical notes).</summary>
    public double IncomeIndex(double incomePerCapita) => IncomeIndex(new Scalar(incomePerCapita)).Value;

    /// <summary>(LE − 20) / (85 − 20), clamped to [0, 1].</summary>
    public double HealthIndex(double lifeExpectancy) => HealthIndex(new Scalar(lifeExpectancy)).Value;

    /// <summary>The food-secure share of the people.</summary>
    public static double FoodIndex(double foodSecurity) => Clamp01(new Scalar(foodSecurity)).Value;

    /// <summary>1 − ln(1 + v) / ln(1 + v_max) for v violent deaths per 100,000 a year.</summary>
    public double ViolenceIndex(double violentDeathRate) => ViolenceIndex(new Scalar(violentDeathRate)).Value;

    /// <summary>1 − the displaced share of the people.</summary>
    public static double DisplacementIndex(double displacedShare) => Clamp01(Scalar.Create(1) - new Scalar(displacedShare)).Value;

    public double Want(double income, double health, double food) =>
        GeometricMean(new Scalar(income), new Scalar(health), new Scalar(food)).Value;

    public double Fear(double violence, double displacement) => GeometricMean(new Scalar(violence), new Scalar(displacement)).Value;

    public double Combine(double want, double fear) => GeometricMean(new Scalar(want), new Scalar(fear)).Value;

    /// <summary>
    /// All of a region's indices and pillars from its life expectancy, food security, income per head, violent deaths
    /// per 100,000 a year and displaced share, in each lane.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HumanSecurityLanes<T> Score<T>(T lifeExpectancy, T foodSecurity, T incomePerCapita, T violentDeathRate, T displacedShare)
        where T : struct, ILanes<T> =>
        ScoreOfIndices(IncomeIndex(incomePerCapita), lifeExpectancy, foodSecurity, ViolenceIndex(violentDeathRate), displacedShare);

    /// <summary>
    /// <see cref="Score{T}(T, T, T, T, T)"/> from the income and violence indices already worked out (by
    /// <see cref="IncomeIndexOfLog{T}"/> and <see cref="ViolenceIndexOfLog{T}"/>): a kernel over many regions works out the
    /// two logarithms in passes of their own, so that each pass inlines one portable function.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public HumanSecurityLanes<T> ScoreOfIndices<T>(T income, T lifeExpectancy, T foodSecurity, T violence, T displacedShare)
        where T : struct, ILanes<T>
    {
        var health = HealthIndex(lifeExpectancy);
        var food = Clamp01(foodSecurity);
        var displacement = Clamp01(T.Create(1) - displacedShare);
        var want = GeometricMean(income, health, food);
        var fear = GeometricMean(violence, displacement);
        return new HumanSecurityLanes<T>(income, health, food, violence, displacement, want, fear, GeometricMean(want, fear));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T IncomeIndex<T>(T incomePerCapita)
        where T : struct, ILanes<T> =>
        IncomeIndexOfLog(PortableMath.Log(IncomeFloor(incomePerCapita)));

    /// <summary>The income per head whose logarithm the income index takes: at least 10⁻⁹.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T IncomeFloor<T>(T incomePerCapita)
        where T : struct, ILanes<T> => T.Max(incomePerCapita, T.Create(1e-9));

    /// <summary>The income index from the logarithm of <see cref="IncomeFloor{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T IncomeIndexOfLog<T>(T logIncome)
        where T : struct, ILanes<T> =>
        Clamp01((logIncome - T.Create(_logIncomeMin)) * T.Create(_incomeScale));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T HealthIndex<T>(T lifeExpectancy)
        where T : struct, ILanes<T> =>
        Clamp01((lifeExpectancy - T.Create(_lifeExpectancyMin)) / T.Create(_lifeExpectancyRange));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T ViolenceIndex<T>(T violentDeathRate)
        where T : struct, ILanes<T> =>
        ViolenceIndexOfLog(PortableMath.Log(ViolenceTerm(violentDeathRate)));

    /// <summary>1 + max(v, 0), whose logarithm the violence index takes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T ViolenceTerm<T>(T violentDeathRate)
        where T : struct, ILanes<T> => T.Create(1) + T.Max(violentDeathRate, T.Create(0));

    /// <summary>The violence index from the logarithm of <see cref="ViolenceTerm{T}"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public T ViolenceIndexOfLog<T>(T logTerm)
        where T : struct, ILanes<T> =>
        Clamp01(T.Create(1) - (logTerm * T.Create(_violenceScale)));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T GeometricMean<T>(T a, T b)
        where T : struct, ILanes<T>
    {
        var f = T.Create(_floor);
        return T.Sqrt(T.Max(a, f) * T.Max(b, f));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private T GeometricMean<T>(T a, T b, T c)
        where T : struct, ILanes<T>
    {
        var f = T.Create(_floor);
        return PortableMath.CbrtInline(T.Max(a, f) * T.Max(b, f) * T.Max(c, f));
    }

    /// <summary>x clamped to [0, 1], NaN to 0.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Clamp01<T>(T x)
        where T : struct, ILanes<T> =>
        T.Select(T.Equal(x, x), Numerics.Lanes.Clamp(x, T.Create(0), T.Create(1)), T.Create(0));
}

/// <summary>A region's indices and pillars (<see cref="HumanSecurityScores"/> less its raw inputs), in lanes.</summary>
public readonly record struct HumanSecurityLanes<T>(T IncomeIndex, T HealthIndex, T FoodIndex, T ViolenceIndex, T DisplacementIndex,
    T FreedomFromWant, T FreedomFromFear, T Index)
    where T : struct, ILanes<T>;

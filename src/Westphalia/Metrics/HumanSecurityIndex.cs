using Westphalia.Parameters;

namespace Westphalia.Metrics;

/// <summary>
/// The Human Security Index, built the way the HDI is: each dimension is scaled to [0, 1] between goalposts and the
/// dimensions are combined by geometric means. Freedom from want = GM(income, health, food); freedom from fear =
/// GM(violence, displacement); HSI = GM(want, fear), giving the Canadian and the UNDP schools equal weight.
/// </summary>
public sealed class HumanSecurityIndex
{
    private readonly HumanSecurityParameters _parameters;
    private readonly double _logIncomeMin;
    private readonly double _incomeScale;
    private readonly double _violenceScale;

    public HumanSecurityIndex(HumanSecurityParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        _parameters = parameters;
        _logIncomeMin = Math.Log(parameters.IncomeMin);
        _incomeScale = 1 / (Math.Log(parameters.IncomeMax) - _logIncomeMin);
        _violenceScale = 1 / Math.Log(1 + parameters.ViolenceMax);
    }

    /// <summary>(ln y − ln y_min) / (ln y_max − ln y_min), clamped to [0, 1] (UNDP HDI technical notes).</summary>
    public double IncomeIndex(double incomePerCapita) =>
        Clamp01((Math.Log(Math.Max(incomePerCapita, 1e-9)) - _logIncomeMin) * _incomeScale);

    /// <summary>(LE − 20) / (85 − 20), clamped to [0, 1].</summary>
    public double HealthIndex(double lifeExpectancy) =>
        Clamp01((lifeExpectancy - _parameters.LifeExpectancyMin) / (_parameters.LifeExpectancyMax - _parameters.LifeExpectancyMin));

    /// <summary>The food-secure share of the people.</summary>
    public static double FoodIndex(double foodSecurity) => Clamp01(foodSecurity);

    /// <summary>1 − ln(1 + v) / ln(1 + v_max) for v violent deaths per 100,000 a year.</summary>
    public double ViolenceIndex(double violentDeathRate) =>
        Clamp01(1 - (Math.Log(1 + Math.Max(violentDeathRate, 0)) * _violenceScale));

    /// <summary>1 − the displaced share of the people.</summary>
    public static double DisplacementIndex(double displacedShare) => Clamp01(1 - displacedShare);

    public double Want(double income, double health, double food) => GeometricMean(income, health, food);

    public double Fear(double violence, double displacement) => GeometricMean(violence, displacement);

    public double Combine(double want, double fear) => GeometricMean(want, fear);

    private double GeometricMean(double a, double b)
    {
        var f = _parameters.IndexFloor;
        return Math.Sqrt(Math.Max(a, f) * Math.Max(b, f));
    }

    private double GeometricMean(double a, double b, double c)
    {
        var f = _parameters.IndexFloor;
        return Math.Cbrt(Math.Max(a, f) * Math.Max(b, f) * Math.Max(c, f));
    }

    private static double Clamp01(double x) => double.IsNaN(x) ? 0 : Math.Clamp(x, 0, 1);
}

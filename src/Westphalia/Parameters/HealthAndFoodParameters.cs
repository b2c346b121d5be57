using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Life expectancy and food security (docs/ODD.md, submodel Health and food).</summary>
public sealed class HealthAndFoodParameters
{
    [YamlMember(Order = 0, Description = "Preston curve intercept: life expectancy = a + b ln(income). Default 22.9 (fitted to WDI 2019: 60 years at $1,000, 81 at $50,000).")]
    public double PrestonIntercept { get; set; } = 22.9;

    [YamlMember(Order = 1, Description = "Preston curve slope, years per log-dollar. Default 5.37 (same fit).")]
    [Range(0, 50)]
    public double PrestonSlope { get; set; } = 5.37;

    [YamlMember(Order = 2, Description = "Years of life expectancy between no welfare spending and saturation.")]
    [Range(0, 50)]
    public double WelfareHealthEffect { get; set; } = 9;

    [YamlMember(Order = 3, Description = "Time constant of life expectancy's approach to its target, years.")]
    [Range(0.1, 100)]
    public double HealthAdjustmentYears { get; set; } = 5;

    [YamlMember(Order = 4, Description = "Income per capita at which half the people are food secure (US dollars). Default 500, reasoned so that about a quarter are food insecure at $1,000 and a tenth at $2,000 (FAO SOFI 2019: undernourishment near 25-30% in low-income countries, 9% in the world).")]
    [Range(1, 1e6)]
    public double FoodHalfIncome { get; set; } = 500;

    [YamlMember(Order = 5, Description = "Logistic scale of food security in log income.")]
    [Range(0.01, 10)]
    public double FoodIncomeScale { get; set; } = 0.6;

    [YamlMember(Order = 6, Description = "Shift of food security's logit between no welfare spending and saturation.")]
    [Range(0, 20)]
    public double WelfareFoodEffect { get; set; } = 2;

    [YamlMember(Order = 7, Description = "Time constant of food security's approach to its target, years.")]
    [Range(0.1, 100)]
    public double FoodAdjustmentYears { get; set; } = 2;

    [YamlMember(Order = 8, Description = "Secular health progress: years the Preston curve rises each year since the run's start year, at every income (Preston 1975: most of the gains in life expectancy came from the curve shifting up, not from moving along it). Default 0: the curve stays where it is.")]
    [Range(0, 2)]
    public double PrestonDrift { get; set; }
}

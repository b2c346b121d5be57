using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Life expectancy and food security (docs/ODD.md, submodel Health and food).</summary>
public sealed class HealthAndFoodParameters
{
    [YamlMember(Order = 0, Description = "Preston curve intercept: life expectancy = a + b ln(income). Calibrated on 2000-2019 (examples/calibration/demography.yaml) from 22.9, the fit to WDI 2019 (60 years at $1,000, 81 at $50,000).")]
    public double PrestonIntercept { get; set; } = 22.997598164990322;

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

    [YamlMember(Order = 8, Description = "Secular health progress at low life expectancy: years a region's Preston curve rises a year while its life expectancy is well below the midpoint (the upper plateau of the declining arm of the UN's double-logistic model of life-expectancy gains, Raftery et al. 2013). Calibrated on 2000-2019 (examples/calibration/demography.yaml, seeds 1-4).")]
    [Range(0, 2)]
    public double HealthGainMax { get; set; } = 0.5680981157021863;

    [YamlMember(Order = 9, Description = "Secular health progress at high life expectancy: years a year the Preston curve still rises where life expectancy is far above the midpoint. Default 0.12: the leading countries gained about 0.17 years a year in 2000-2019 (UN WPP 2019: Japan 81.2 to 84.4), of which about 0.05 came from income along the Preston curve; well below the best-practice frontier's 0.24 (Oeppen & Vaupel 2002), as in the UN's projections.")]
    [Range(0, 2)]
    public double HealthGainMin { get; set; } = 0.12;

    [YamlMember(Order = 10, Description = "Life expectancy, in years, midway between the fast and the slow pace of secular health progress. Default 72: in the UN's double-logistic model gains are largest below the mid-60s and fall to their asymptotic pace over about ten years of life expectancy (Raftery et al. 2013, Figure 1; UN WPP 2019 Methodology).")]
    [Range(20, 90)]
    public double HealthGainMidpoint { get; set; } = 72;

    [YamlMember(Order = 11, Description = "Logistic width, in years of life expectancy, of the fall from the fast to the slow pace. Default 2.5: the fall from 90% to 10% of the way spans about 11 years (4.4 widths), as the declining arm of the UN's double logistic (Raftery et al. 2013).")]
    [Range(0.1, 50)]
    public double HealthGainWidth { get; set; } = 2.5;
}

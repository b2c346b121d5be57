using System.ComponentModel.DataAnnotations;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Births, deaths and migration (docs/ODD.md, submodel Demography).</summary>
public sealed class DemographyParameters : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Crude birth rate at the lowest incomes, per person per year. Default 0.045 (UN WPP 2019: the highest national rates). Births are held back so that the world never passes its population ceiling of 10^11 (docs/ODD.md, Bounds).")]
    [Range(0, 0.2)]
    public double BirthRateMax { get; set; } = 0.045;

    [YamlMember(Order = 1, Description = "Lowest crude birth rate the fertility transition may reach (its floor is fertility_floor_share * death_rate_scale / LE, kept at or above this). Default 0.007 (UN WPP 2019: the lowest national rates, near 7 per 1,000).")]
    [Range(0, 0.2)]
    public double BirthRateMin { get; set; } = 0.007;

    [YamlMember(Order = 2, Description = "Development index (income and women's schooling, in income-equivalent US dollars) at which the birth rate is midway through the demographic transition. Calibrated on 2000-2019 (examples/calibration/demography.yaml).")]
    [Range(1, 1e7)]
    public double BirthRateHalfIncome { get; set; } = 1802.499447112452;

    [YamlMember(Order = 3, Description = "Steepness of the transition in the log of the development index.")]
    [Range(0.01, 10)]
    public double BirthRateSteepness { get; set; } = 1.2;

    [YamlMember(Order = 4, Description = "Crude death rate = this * exp(-age_structure_share * g * LE) / LE, g the growth that shaped the age structure (a stationary population has 1 / LE). Calibrated on 2000-2019 (examples/calibration/demography.yaml).")]
    [Range(0, 5)]
    public double DeathRateScale { get; set; } = 0.819856578261579;

    [YamlMember(Order = 5, Description = "Share of a region's people who move to a richer neighbour per year, per unit of log-income gap.")]
    [Range(0, 0.5)]
    public double MigrationRate { get; set; } = 0.004;

    [YamlMember(Order = 6, Description = "Log-income gap beyond which migration no longer rises.")]
    [Range(0, 20)]
    public double MigrationMaxGap { get; set; } = 1.5;

    [YamlMember(Order = 7, Description = "Migration across an international border relative to within a state.")]
    [Range(0, 1)]
    public double BorderPermeability { get; set; } = 0.1;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (BirthRateMin > BirthRateMax)
        {
            context.Error("birth_rate_min", "must not exceed birth_rate_max");
        }
    }

    [YamlMember(Order = 8, Description = "The floor of the fertility transition, as a share of the birth rate that replaces a stationary population (death_rate_scale / life expectancy, its death rate). Default 0.9: UN WPP 2019's phase III, in which fertility after the transition settles near but below replacement (world total fertility 1.9 in 2100 against about 2.1 for replacement). The floor is kept between birth_rate_min and birth_rate_max.")]
    [Range(0, 3)]
    public double FertilityFloorShare { get; set; } = 0.9;

    [YamlMember(Order = 9, Description = "Weight of women's schooling, against income, in the development index that drives the fertility transition (ln D = (1 - w) ln y + w ln y_S, y_S the income at which the region's schooling is typical). Default 2/3: women's education is the strongest predictor of fertility, income secondary (Lutz & KC 2011; Bongaarts 2010).")]
    [Range(0, 1)]
    public double EducationWeight { get; set; } = 2.0 / 3;

    [YamlMember(Order = 10, Description = "Mean years of schooling of adult women typical at an income of $1,000 a head. Default 3.2 (Barro & Lee 2013, cross-section of 2000).")]
    [Range(0, 20)]
    public double SchoolingAtThousand { get; set; } = 3.2;

    [YamlMember(Order = 11, Description = "Years of women's schooling per log-dollar of income in the cross-section. Default 2.6 (Barro & Lee 2013: about 2.5 years at $750 and 11.5 at $30,000 in 2000).")]
    [Range(0.1, 10)]
    public double SchoolingSlope { get; set; } = 2.6;

    [YamlMember(Order = 12, Description = "Mean years of schooling that adult women approach where schooling is universal through secondary school and beyond. Default 13 (Barro & Lee 2013: the leading countries' women 25 and over, 2010).")]
    [Range(1, 25)]
    public double SchoolingMax { get; set; } = 13;

    [YamlMember(Order = 13, Description = "Expansion of schooling: the share of its gap to schooling_max a region's women's schooling closes each year, whatever the income (school expansion outran income: Barro & Lee 2013, women in developing countries 2.9 to 6.1 years in 1980-2010, about 0.013 of the gap a year). Calibrated on 2000-2019 (examples/calibration/demography.yaml).")]
    [Range(0, 0.5)]
    public double SchoolingExpansion { get; set; } = 0.017970565266420685;

    [YamlMember(Order = 14, Description = "The stationary population's mean age, as a share of life expectancy, subtracted from one: crude death rate = death_rate_scale * exp(-this * g * LE) / LE, g the growth that shaped the age structure. Default 0.45: the mean age of a stationary population is (LE^2 + var) / (2 LE), about 0.55 LE (Preston, Heuveline & Guillot 2001), and a stable population's death rate is about exp(-g (LE - mean age)) / LE (Lotka; Keyfitz & Caswell 2005).")]
    [Range(0, 1)]
    public double AgeStructureShare { get; set; } = 0.45;

    [YamlMember(Order = 15, Description = "Years over which the age structure follows natural growth (its memory: population momentum). Default 20: Keyfitz's (1971) momentum of a population growing at 2.5% a year whose fertility falls at once to replacement is about 1.6, e^(0.025 * 20).")]
    [Range(0.1, 200)]
    public double AgeStructureYears { get; set; } = 20;
}

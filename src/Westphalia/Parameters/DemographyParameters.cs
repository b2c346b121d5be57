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

    [YamlMember(Order = 1, Description = "Crude birth rate at the highest incomes. Default 0.007 (UN WPP 2019: the lowest national rates, near 7 per 1,000).")]
    [Range(0, 0.2)]
    public double BirthRateMin { get; set; } = 0.007;

    [YamlMember(Order = 2, Description = "Income per capita at which the birth rate is midway through the demographic transition (US dollars).")]
    [Range(1, 1e7)]
    public double BirthRateHalfIncome { get; set; } = 3_000;

    [YamlMember(Order = 3, Description = "Steepness of the transition in log income.")]
    [Range(0.01, 10)]
    public double BirthRateSteepness { get; set; } = 1.2;

    [YamlMember(Order = 4, Description = "Crude death rate = this / life expectancy (a stationary population has 1; younger populations less).")]
    [Range(0, 5)]
    public double DeathRateScale { get; set; } = 0.75;

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

    [YamlMember(Order = 8, Description = "The fertility transition spreading over time: the income at which the birth rate is midway through the transition falls by this share a year since the run's start year (Bongaarts & Watkins 1996; Casterline 2001: fertility fell at ever lower incomes as the transition spread). Default 0: the transition depends on income alone.")]
    [Range(0, 0.2)]
    public double TransitionDrift { get; set; }
}

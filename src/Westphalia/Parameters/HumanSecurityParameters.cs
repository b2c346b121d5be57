using System.ComponentModel.DataAnnotations;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Goalposts of the Human Security Index (docs/ODD.md, Human Security Index).</summary>
public sealed class HumanSecurityParameters : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Income goalposts, US dollars per capita. Defaults 100 and 75000 (UNDP HDI technical notes).")]
    [Range(1, 1e7)]
    public double IncomeMin { get; set; } = 100;

    [YamlMember(Order = 1)]
    [Range(1, 1e7)]
    public double IncomeMax { get; set; } = 75_000;

    [YamlMember(Order = 2, Description = "Life expectancy goalposts, years. Defaults 20 and 85 (UNDP HDI technical notes).")]
    [Range(0, 150)]
    public double LifeExpectancyMin { get; set; } = 20;

    [YamlMember(Order = 3)]
    [Range(0, 150)]
    public double LifeExpectancyMax { get; set; } = 85;

    [YamlMember(Order = 4, Description = "Violent deaths per 100,000 a year at which the freedom-from-violence index is 0 (log scale from 0).")]
    [Range(1, 100000)]
    public double ViolenceMax { get; set; } = 500;

    [YamlMember(Order = 5, Description = "Floor applied to each dimension index before the geometric mean, so one zero does not erase the rest.")]
    [Range(0, 1)]
    public double IndexFloor { get; set; } = 0.01;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (IncomeMin >= IncomeMax)
        {
            context.Error("income_min", "must be below income_max");
        }

        if (LifeExpectancyMin >= LifeExpectancyMax)
        {
            context.Error("life_expectancy_min", "must be below life_expectancy_max");
        }
    }
}

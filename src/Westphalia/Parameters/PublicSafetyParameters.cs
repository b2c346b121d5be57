using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Violence outside war: homicide and crime, lowered by income and policing (docs/ODD.md, submodel Public safety).</summary>
public sealed class PublicSafetyParameters
{
    [YamlMember(Order = 0, Description = "Violent deaths per 100,000 a year at the reference income and policing. Default 6.1 (UNODC Global Study on Homicide 2019, world rate 2017).")]
    [Range(0, 10000)]
    public double BaseRate { get; set; } = 6.1;

    [YamlMember(Order = 1, Description = "Reference income per capita for the base rate (US dollars).")]
    [Range(1, 1e7)]
    public double ReferenceIncome { get; set; } = 10_000;

    [YamlMember(Order = 2, Description = "Elasticity of the violent death rate with respect to income per capita (the rate scales as income^-e).")]
    [Range(0, 5)]
    public double IncomeElasticity { get; set; } = 0.3;

    [YamlMember(Order = 3, Description = "Police spending share of output at which policing has half its maximum effect.")]
    [Range(1e-6, 1)]
    public double PoliceHalfShare { get; set; } = 0.01;

    [YamlMember(Order = 4, Description = "Police spending share of output at which the base rate holds. Default 0.02, the balanced doctrine's (0.2 tax x 0.10 police).")]
    [Range(0, 1)]
    public double ReferencePoliceShare { get; set; } = 0.02;

    [YamlMember(Order = 5, Description = "Strength of policing: the rate is divided by 1 + strength x saturation(police share).")]
    [Range(0, 100)]
    public double PoliceStrength { get; set; } = 1;
}

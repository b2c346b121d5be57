using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// What organised violence does to the places it touches: war damage and its repair (the conflict trap), and flight
/// and return (docs/ODD.md §7.6, with the source or the reasoning for every default).
/// </summary>
public sealed class WarEffectsParameters
{
    [YamlMember(Order = 0, Description = "Share of what is left destroyed per year of fighting in a region (a civil war's contested region, an interstate war's battlefield). Default 0.1 (Collier et al. 2003: about 2.2 points of growth lost a year nationally, more where the fighting is).")]
    [Range(0, 1)]
    public double Destruction { get; set; } = 0.1;

    [YamlMember(Order = 1, Description = "Destruction in regions next to the fighting, as a share of that in it. Default 0.25.")]
    [Range(0, 1)]
    public double NeighbourDestruction { get; set; } = 0.25;

    [YamlMember(Order = 2, Description = "Destruction in every other region of a state at civil war and of the states bordering it, as a share of that in a region fought over. Default 0.05: half a percent of output a year (Murdoch & Sandler 2002: a civil war next door costs about half a point of growth a year).")]
    [Range(0, 1)]
    public double NeighbourStateDestruction { get; set; } = 0.05;

    [YamlMember(Order = 3, Description = "Years over which war damage falls by the factor e in peace. Default 8 (Collier et al. 2003; Chen, Loayza & Reynal-Querol 2008: recovery takes about a decade).")]
    [Range(0.1, 1000)]
    public double RecoveryYears { get; set; } = 8;

    [YamlMember(Order = 4, Description = "Years of life expectancy lost at full war damage (the Preston target falls by this times the damage). Default 20 (Ghobarah, Huth & Russett 2003).")]
    [Range(0, 100)]
    public double DamageLifeExpectancy { get; set; } = 20;

    [YamlMember(Order = 5, Description = "Fall in the logit of the food-security target at full war damage. Default 3.")]
    [Range(0, 100)]
    public double DamageFoodSecurity { get; set; } = 3;

    [YamlMember(Order = 6, Description = "Share of the people of a region fought over who flee in a year, before violence against civilians. Default 0.1.")]
    [Range(0, 1)]
    public double Flight { get; set; } = 0.1;

    [YamlMember(Order = 7, Description = "Flight is multiplied by 1 + this x civilians killed per 1,000 people of the region a year. Default 2.")]
    [Range(0, 1000)]
    public double FlightPerKilling { get; set; } = 2;

    [YamlMember(Order = 8, Description = "Share of those fleeing who cross into a neighbouring state when they can. Default 0.4 (UNHCR: about 40% of the forcibly displaced are refugees).")]
    [Range(0, 1)]
    public double RefugeeShare { get; set; } = 0.4;

    [YamlMember(Order = 9, Description = "Share of the displaced who return home in a year once their region is at peace. Default 0.2.")]
    [Range(0, 1)]
    public double Return { get; set; } = 0.2;
}

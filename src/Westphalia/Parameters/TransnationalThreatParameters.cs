using System.ComponentModel.DataAnnotations;
using Westphalia.Scenarios;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// Transnational terror and organised-crime networks: where they form, how they grow, spread and are suppressed, the
/// attacks of terror cells and the illicit trade and turf fights of crime networks (docs/ODD.md, submodel Transnational
/// threats and Interpol, with the source or the reasoning for every default).
/// </summary>
public sealed class TransnationalThreatParameters : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Whether terror and crime networks exist at all.")]
    public bool Enabled { get; set; } = true;

    // Formation.
    [YamlMember(Order = 1, Description = "Terror networks formed a year per region at the reference police effort, income and peace; multiplied by the squared weakness of the state's police and by the region's grievance. Default 0.0004 (calibrated: about two terror networks a year form on the default 2,400-region map, most of them dismantled within a few years; a run of the default century sees a few hundred to ten thousand attacks attempted).")]
    [Range(0, 1)]
    public double TerrorFormation { get; set; } = 0.0004;

    [YamlMember(Order = 2, Description = "Crime networks formed a year per region at the reference conditions, with the same multipliers. Default 0.0008 (calibrated: about four crime networks a year on the default map; organised crime is more widespread than terror).")]
    [Range(0, 1)]
    public double CrimeFormation { get; set; } = 0.0008;

    [YamlMember(Order = 3, Description = "Police spending share of output at which police capacity is half its maximum: capacity s(pi) = pi / (pi + police_half_share). Default 0.01, as public_safety.police_half_share.")]
    [Range(1e-6, 1)]
    public double PoliceHalfShare { get; set; } = 0.01;

    [YamlMember(Order = 4, Description = "Police spending share of output at which police weakness is 1. Default 0.02, the balanced doctrine's (0.2 tax x 0.10 police), as public_safety.reference_police_share.")]
    [Range(0, 1)]
    public double ReferencePoliceShare { get; set; } = 0.02;

    [YamlMember(Order = 5, Description = "Income per capita (US dollars a year) at which the poverty term of grievance is 1. Default 10,000, as public_safety.reference_income.")]
    [Range(1, 1e7)]
    public double ReferenceIncome { get; set; } = 10_000;

    [YamlMember(Order = 6, Description = "Elasticity of grievance with respect to poverty: the poverty term is (reference_income / max(income, 100))^e. Default 0.5 (reasoned: a region ten times poorer than the reference breeds networks about three times as fast; Piazza 2008: failed and failing states host more transnational terrorism).")]
    [Range(0, 5)]
    public double PovertyElasticity { get; set; } = 0.5;

    [YamlMember(Order = 7, Description = "Grievance is multiplied by 1 + this while the region's state is at civil war. Default 1.0 (Findley & Young 2012: most terrorism happens in and around civil wars).")]
    [Range(0, 100)]
    public double CivilWarEffect { get; set; } = 1.0;

    [YamlMember(Order = 8, Description = "Grievance is multiplied by 1 + this x the region's war damage. Default 2.0 (reasoned: a region with half its output destroyed breeds networks twice as fast).")]
    [Range(0, 100)]
    public double WarDamageEffect { get; set; } = 2.0;

    // Dynamics.
    [YamlMember(Order = 9, Description = "Strength a network's cell has in a region when it forms or spreads there, in (0, 1]. Default 0.1.")]
    [Range(0.001, 1)]
    public double InitialStrength { get; set; } = 0.1;

    [YamlMember(Order = 10, Description = "A cell whose strength falls below this is dismantled. Default 0.01.")]
    [Range(0, 1)]
    public double DismantledBelow { get; set; } = 0.01;

    [YamlMember(Order = 11, Description = "Logistic growth rate of a terror cell's strength a year, times the region's grievance. Default 1.0 (reasoned: an unopposed cell reaches most of its strength in a few years).")]
    [Range(0, 100)]
    public double TerrorGrowth { get; set; } = 1.0;

    [YamlMember(Order = 12, Description = "Logistic growth rate of a crime cell's strength a year, times the region's grievance. Default 1.2 (reasoned: illicit markets pay for themselves and grow a little faster than terror cells).")]
    [Range(0, 100)]
    public double CrimeGrowth { get; set; } = 1.2;

    [YamlMember(Order = 13, Description = "Share of a cell's strength the police remove a year at full capacity (times 1 + interpol.information_effect where the state holds information on the network). Default 4 (calibrated: at the reference police effort a terror cell holds its own where grievance is about 2.7 (income about $1,400 at peace, $5,600 in a state at civil war) and needs twice that where the state holds information on its network, so networks live in poor, war-torn, badly policed places).")]
    [Range(0, 100)]
    public double Suppression { get; set; } = 4;

    [YamlMember(Order = 14, Description = "Attempts a year by a terror cell to plant a cell in a neighbouring region, times its strength. Default 1.0.")]
    [Range(0, 100)]
    public double TerrorSpread { get; set; } = 1.0;

    [YamlMember(Order = 15, Description = "Attempts a year by a crime cell to move into a neighbouring region, times its strength; into a region another crime network holds, the attempt is a turf fight. Default 2.0 (reasoned: trafficking routes spread faster than terror cells).")]
    [Range(0, 100)]
    public double CrimeSpread { get; set; } = 2.0;

    [YamlMember(Order = 16, Description = "Probability that an attempt to spread across an international border gets through. Default 0.5 (reasoned: borders slow networks but do not stop them; what makes them transnational).")]
    [Range(0, 1)]
    public double BorderPermeability { get; set; } = 0.5;

    // Terror attacks.
    [YamlMember(Order = 17, Description = "Attacks a year a terror cell at full strength attempts (each month at most one, with probability 1 - exp(-attack_rate x strength / 12)). Default 3.")]
    [Range(0, 12000)]
    public double AttackRate { get; set; } = 3;

    [YamlMember(Order = 18, Description = "Members of a terror cell at full strength: a network has round(cell_members x the sum of its cells' strengths) members, organised in groups that coalesce and are broken up (docs/ODD.md 7.18.7). Default 50 (Sageman 2004: the clusters of the jihadist networks he traced had a few to a few tens of members; Jones & Libicki 2008: most terrorist groups have fewer than a thousand members, many fewer than a hundred).")]
    [Range(1, 1_000)]
    public double CellMembers { get; set; } = 50;

    [YamlMember(Order = 19, Description = "Contacts a year per member between a terror network's groups: each month round(coalescence x members / 12) steps, in each of which a group drawn in proportion to its size merges with another drawn the same way (Johnson et al. 2006; Clauset & Wiegel 2010: coalescence); the police break groups up when they detect a cell or foil an attack. Default 1 (reasoned: a member's group joins up with another of its network about once a year).")]
    [Range(0, 100)]
    public double Coalescence { get; set; } = 1;

    [YamlMember(Order = 20, Description = "Deaths per member of the group carrying out a lethal attack, at full cell strength: the attack kills ceil(deaths_per_member x strength x group size) people, at least one (Johnson et al. 2006; Clauset & Wiegel 2010: severity proportional to the attacking group's size). Default 2 (reasoned: a lone attacker from a cell of the typical strength of about a half kills one person, the most common toll of a lethal attack in the MIPT data; a group of ten, about ten).")]
    [Range(0, 1e6)]
    public double DeathsPerMember { get; set; } = 2;

    [YamlMember(Order = 21, Description = "Probability that an attack carried out by a cell at full strength kills anyone; a cell of strength x kills with probability attack_lethality x x. Default 0.5 (reasoned: at the strengths cells reach, about a quarter of the attacks carried out kill anyone; in the MIPT data Clauset & Young 2005 analysed, about a third of the events killed or injured anyone).")]
    [Range(0, 1)]
    public double AttackLethality { get; set; } = 0.5;

    [YamlMember(Order = 22, Description = "Share of a terror cell's attacks that strike abroad: the capital of another living state drawn in proportion to its output (the far enemy), whose police foil it with what they know of the network, which for a network with no cells in their state only Interpol's notices can tell them. Default 0.15 (reasoned: Enders, Sandler & Gaibulloev 2011 find domestic terrorist incidents far outnumber transnational ones).")]
    [Range(0, 1)]
    public double AttackAbroad { get; set; } = 0.15;

    [YamlMember(Order = 23, Description = "Most deaths one attack can cause (and never more than the region's people). Default 10,000 (reasoned: about three times the deadliest attack on record, 11 September 2001, 2,977 deaths; it limits only the largest groups).")]
    [Range(1, 1e9)]
    public double MaxAttackDeaths { get; set; } = 10_000;

    [YamlMember(Order = 24, Description = "Interdiction hazard at full police capacity: an attempted attack is foiled with probability 1 - exp(-interdiction x capacity x (1 + interpol.information_effect x information held)). Default 0.5 (reasoned: at the reference police effort 28% of attempts are foiled without information and half with it).")]
    [Range(0, 100)]
    public double Interdiction { get; set; } = 0.5;

    [YamlMember(Order = 25, Description = "Share of the cell's strength lost when one of its attacks is foiled (arrests roll up the plotters). Default 0.3.")]
    [Range(0, 1)]
    public double RollUp { get; set; } = 0.3;

    // Organised crime.
    [YamlMember(Order = 26, Description = "Share of a region's output its crime network takes out of the legitimate economy a year at full strength (income per capita falls by crime_drain x strength / 12 each month). Default 0.015 (UNODC 2011, Estimating illicit financial flows: the proceeds of transnational organised crime were about 1.5% of world GDP in 2009; all criminal proceeds 3.6%).")]
    [Range(0, 1)]
    public double CrimeDrain { get; set; } = 0.015;

    [YamlMember(Order = 27, Description = "Deaths of a turf fight between two crime networks at combined strength 1: deaths = ceil(turf_deaths x (strength of the challenger + strength of the holder) x E), E exponential with mean 1. Default 10 (reasoned: UCDP non-state conflicts between criminal groups kill tens a clash).")]
    [Range(0, 1e6)]
    public double TurfDeaths { get; set; } = 10;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (DismantledBelow >= InitialStrength)
        {
            context.Error("dismantled_below", "must be below initial_strength, or every new cell is dismantled at once");
        }
    }
}

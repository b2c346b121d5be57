using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// Interstate war after GeoSim (Cederman 2003, "Modeling the Size of Wars", APSR 97(1), Table A1 p. 147); every
/// default is the published value (docs/ODD.md, submodel Interstate war).
/// </summary>
public sealed class InterstateWarParameters
{
    [YamlMember(Order = 0, Description = "Whether states fight interstate wars. When on, states can be conquered and provinces cut off from their capital become states of their own.")]
    public bool Enabled { get; set; }

    [YamlMember(Order = 1, Description = "resChange: share by which a state's resources move each tick toward what its provinces yield. Default 0.01 (Cederman 2003, Table A1).")]
    [Range(0, 1)]
    public double ResourceChange { get; set; } = 0.01;

    [YamlMember(Order = 2, Description = "propMobile: share of resources that is mobile (sent where fighting is); the rest is spread evenly over the fronts. Default 0.5 (Table A1).")]
    [Range(0, 1)]
    public double MobileShare { get; set; } = 0.5;

    [YamlMember(Order = 3, Description = "pAttack: probability a state with no fighting on any front considers an unprovoked attack in a tick. Default 0.01 (Table A1).")]
    [Range(0, 1)]
    public double AttackProbability { get; set; } = 0.01;

    [YamlMember(Order = 4, Description = "pDropCampaign: probability a state gives up the target of its campaign when it reconsiders. Default 0.2 (Table A1).")]
    [Range(0, 1)]
    public double DropCampaignProbability { get; set; } = 0.2;

    [YamlMember(Order = 5, Description = "Contextual activation: a state fighting, or next to fighting, is alerted and reassesses every tick. Default on (Cederman 2003).")]
    public bool ContextualActivation { get; set; } = true;

    [YamlMember(Order = 6, Description = "pDeactivate: probability an alerted state whose neighbourhood is quiet stops being alert, per tick. Default 0.1 (Table A1).")]
    [Range(0, 1)]
    public double DeactivationProbability { get; set; } = 0.1;

    [YamlMember(Order = 7, Description = "supThresh: local force ratio at which an attack is launched with probability one half. Default 3 (Table A1).")]
    [Range(0.01, 100)]
    public double SuperiorityThreshold { get; set; } = 3;

    [YamlMember(Order = 8, Description = "supSlope: steepness of the attack probability around the threshold. Default 20 (Table A1).")]
    [Range(0, 1000)]
    public double SuperioritySlope { get; set; } = 20;

    [YamlMember(Order = 9, Description = "victThresh: local force ratio at which an attacker wins a battle with probability one half. Default 3 (Table A1).")]
    [Range(0.01, 100)]
    public double VictoryThreshold { get; set; } = 3;

    [YamlMember(Order = 10, Description = "victSlope: steepness of the victory probability around the threshold. Default 20 (Table A1).")]
    [Range(0, 1000)]
    public double VictorySlope { get; set; } = 20;

    [YamlMember(Order = 11, Description = "propDamage: share of the attacker's projected commitment that a battle destroys on the side attacked. Default 0.1 (Table A1).")]
    [Range(0, 1)]
    public double DamageShare { get; set; } = 0.1;

    [YamlMember(Order = 12, Description = "distOffset: the loss-of-strength gradient's floor, the share a province yields far from the capital. Default 0.1 (Table A1).")]
    [Range(0, 1)]
    public double DistanceOffset { get; set; } = 0.1;

    [YamlMember(Order = 13, Description = "distThresh at the start: distance from the capital (in cells) at which the gradient is halfway down. Default 2 (Table A1).")]
    [Range(0.01, 10000)]
    public double DistanceThreshold { get; set; } = 2;

    [YamlMember(Order = 14, Description = "distSlope: steepness of the loss-of-strength gradient. Default 3 (Table A1).")]
    [Range(0, 100)]
    public double DistanceSlope { get; set; } = 3;

    [YamlMember(Order = 15, Description = "pShock: probability per tick that a state adopts the technology frontier (extraction reaches further). Default 0.0001 (Table A1).")]
    [Range(0, 1)]
    public double ShockProbability { get; set; } = 0.0001;

    [YamlMember(Order = 16, Description = "shockSize: how far the frontier's distThresh moves over the observed horizon. Default 20 (Table A1); 0 switches technology shocks off.")]
    [Range(0, 10000)]
    public double ShockSize { get; set; } = 20;

    [YamlMember(Order = 17, Description = "Tick at which technological change starts (GeoSim's 500 initialisation periods).")]
    [Range(0, 10000000)]
    public int ShockStart { get; set; } = 500;

    [YamlMember(Order = 18, Description = "Ticks over which the frontier moves by shock_size (GeoSim's 10,000 observed periods).")]
    [Range(1, 10000000)]
    public int ShockHorizon { get; set; } = 10_000;

    [YamlMember(Order = 19, Description = "warShadow: ticks after its last battle during which a state still counts as at war, so later fighting joins the same war. Default 20 (Table A1).")]
    [Range(0, 100000)]
    public int WarShadow { get; set; } = 20;

    [YamlMember(Order = 20, Description = "What the war shadow applies to: war (a member stays in its war while any member fights) or state (a member leaves its war once its own last battle is more than war_shadow ticks old, as the article describes it; later fighting starts a new war).")]
    public WarShadowScope WarShadowScope { get; set; } = WarShadowScope.War;

    [YamlMember(Order = 21, Description = "What war resources come from: provinces (GeoSim: each province yields one unit, discounted by distance from the capital) or forces (forces in being spread over the provinces, one unit per forces_unit dollars, discounted the same way; arms spending then makes a state stronger).")]
    public WarResourceSource Resources { get; set; } = WarResourceSource.Provinces;

    [YamlMember(Order = 23, Description = "What happens when a capital falls: fragment (GeoSim: the conqueror takes the capital and every other province becomes a state of its own) or annex (the conqueror takes the whole state, as in most violent state deaths since 1816, Fazal 2007).")]
    public CapitalFallRule CapitalFall { get; set; } = CapitalFallRule.Fragment;

    [YamlMember(Order = 24, Description = "Whether provinces cut off from their capital become states of their own (GeoSim) or stay with their state as exclaves.")]
    public bool CutOffProvincesSecede { get; set; } = true;

    [YamlMember(Order = 22, Description = "Dollars of forces in being that make one unit of war resources when resources come from forces.")]
    [Range(1, 1e15)]
    public double ForcesUnit { get; set; } = 1e10;

    [YamlMember(Order = 20, Description = "Battle deaths per unit of resources destroyed. Default 100, the scale of GeoSim's exported war sizes (Cederman's port writes 100 x damage).")]
    [Range(0, 1e9)]
    public double DeathsPerDamage { get; set; } = 100;

    [YamlMember(Order = 25, Description = "Crises before war: a state that decides to attack first demands the contested province. The target yields it when the challenger's local superiority reaches concession_ratio; otherwise the challenger escalates to war with escalation_probability or backs down. Off in GeoSim.")]
    public bool Crises { get; set; }

    [YamlMember(Order = 26, Description = "Local force ratio at which the target of a demand yields the contested province rather than fight (never its capital). Reasoned: a clearly hopeless defence, well above the 3:1 attack threshold.")]
    [Range(1, 1000)]
    public double ConcessionRatio { get; set; } = 5;

    [YamlMember(Order = 27, Description = "Probability that a challenger facing a firm target escalates to war rather than back down. Reasoned: most militarized disputes end short of war (about one in twenty of those of 1816-1992 became wars, Jones, Bremer & Singer 1996); a challenger that already holds a 3:1 local edge presses harder.")]
    [Range(0, 1)]
    public double EscalationProbability { get; set; } = 0.25;

    [YamlMember(Order = 28, Description = "Probability per tick that two states fighting each other on a front settle: the fighting stops there and territory stays as it is. 0 in GeoSim. Reasoned: 0.1 a month makes most interstate wars last months, not years (Collier et al. 2003: most under six months).")]
    [Range(0, 1)]
    public double SettlementProbability { get; set; }

    [YamlMember(Order = 29, Description = "A state at war whose war resources fall below this share of what its provinces yield capitulates to an attacker: it yields the province fought over and the fighting on that front stops. 0 switches capitulation off (GeoSim).")]
    [Range(0, 1)]
    public double CapitulationShare { get; set; }

    [YamlMember(Order = 30, Description = "How battles destroy forces: geosim (the side attacked loses prop_damage of the attacker's projected commitment) or lanchester (both sides lose by Lanchester's square law over one tick: each loses effectiveness x the other's projected force).")]
    public BattleModel Battles { get; set; } = BattleModel.Geosim;

    [YamlMember(Order = 31, Description = "Lanchester effectiveness per tick, the same for both sides: the share of the enemy's projected force each unit destroys in a tick of fighting. Reasoned: 0.05 a month makes a front of equal forces lose about half its strength in a year of fighting.")]
    [Range(0, 1)]
    public double LanchesterEffectiveness { get; set; } = 0.05;

    [YamlMember(Order = 32, Description = "Private information about the balance of forces (Fearon 1995): s.d. of the log-normal error in each side's own estimate of the local force ratio when it decides to attack or to yield a demand, drawn privately each time. Both sides can then be optimistic at once, and war happens between states near parity. 0 in GeoSim (perfect information). Reasoned: 0.5, an estimate off by a factor of 1.6 at one s.d. (a decision maker's reading of the local balance before a campaign; not fitted to any target).")]
    [Range(0, 5)]
    public double Misperception { get; set; }

    [YamlMember(Order = 33, Description = "Whether a state that capitulates surrenders whole: its army has collapsed, and the victor takes all its regions (debellatio; the state dies, as in most violent state deaths since 1816, Fazal 2007). Off: it yields only the province fought over (and in GeoSim there is no capitulation).")]
    public bool SurrenderAnnexes { get; set; }

    [YamlMember(Order = 34, Description = "Preventive war, the commitment problem (Fearon 1995): a state that will be weaker against a neighbour once both states' resources have reached what their territory and forces now yield judges an attack on today's balance multiplied by that shift, so a declining state attacks at worse odds than a steady one. Off in GeoSim.")]
    public bool PreventiveWar { get; set; }
}

using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// What every doctrine decides beyond its budget, with each doctrine's defaults set by its own parameters: its stances
/// in the Security Council, its readiness to sign and keep arms-control treaties, and its rules for starting wars and
/// standing by the victims of aggression (docs/ODD.md §7.1).
/// </summary>
public abstract class DoctrineParameters
{
    [YamlMember(Order = 100, Description = "Stances on the measures the Security Council takes, when the state sits on it.")]
    public CouncilStances Council { get; set; } = new();

    [YamlMember(Order = 101, Description = "Probability that the state signs an arms-control treaty a rival neighbour negotiates with it (docs/ODD.md §7.19).")]
    [Range(0, 1)]
    public double TreatyWillingness { get; set; } = 0.5;

    [YamlMember(Order = 102, Description = "Probability a year that the state, party to a treaty, starts cheating on it.")]
    [Range(0, 1)]
    public double TreatyDefection { get; set; } = 0.02;

    [YamlMember(Order = 103, Description = "Whether the state ever starts a war or opens a crisis with a demand (it always fights back).")]
    public bool InitiatesWars { get; set; } = true;

    [YamlMember(Order = 104, Description = "Whether the state stands by a neighbour attacked by an aggressor: adds its forces to the defence and joins the war against the aggressor, allied or not (collective security).")]
    public bool StandsByVictims { get; set; }
}

using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>
/// How the doctrines turn a stance into a vote in the Security Council (docs/ODD.md §7.17): the leaning is the
/// doctrine's stance on the measure, minus the loyalty when the member is allied with the target, plus the rivalry when
/// the target is in another alliance, plus the member's private signal; a leaning above the threshold is a yes, below
/// its negative a no, otherwise an abstention. A member never votes for a measure against itself.
/// </summary>
public sealed class CouncilVotingParameters
{
    [YamlMember(Order = 0, Description = "How much an alliance with the target lowers a member's leaning. Default 2: allies shield each other (the Cold War's vetoes).")]
    [Range(0, 100)]
    public double AllianceLoyalty { get; set; } = 2;

    [YamlMember(Order = 1, Description = "How much the target's membership of a rival alliance raises the leaning. Default 0.6.")]
    [Range(0, 100)]
    public double Rivalry { get; set; } = 0.6;

    [YamlMember(Order = 2, Description = "Leaning beyond which a member votes yes (above) or no (below its negative); between, it abstains. Default 0.25.")]
    [Range(0, 100)]
    public double Threshold { get; set; } = 0.25;
}

using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Alliance formation and its effect on war (docs/ODD.md, submodel Alliances).</summary>
public sealed class AllianceParameters
{
    [YamlMember(Order = 0, Description = "Whether states form and leave alliances (alliances given in the scenario bind either way).")]
    public bool Formation { get; set; }

    [YamlMember(Order = 1, Description = "A neighbour is a threat when its war resources exceed the state's by this factor. Reasoned: Walt (1987) threat as aggregate power next door; 1.5 is a clear but not overwhelming edge.")]
    [Range(1, 100)]
    public double ThreatRatio { get; set; } = 1.5;

    [YamlMember(Order = 2, Description = "Bandwagon (join the threat's side) instead of balancing (ally against it). Default false: balancing is the common response (Walt 1987).")]
    public bool Bandwagon { get; set; }

    [YamlMember(Order = 3, Description = "Years without a threat after which a state leaves its alliance.")]
    [Range(1, 1000)]
    public int LeaveAfterYears { get; set; } = 5;

    [YamlMember(Order = 4, Description = "Share of its war resources each ally sends to defend a member under attack, projected to the battle site over the loss-of-strength gradient from the ally's capital (collective defence, as in NATO's Article 5). Reasoned: allies commit part of their mobile forces.")]
    [Range(0, 1)]
    public double DefenceSupport { get; set; } = 0.25;
}

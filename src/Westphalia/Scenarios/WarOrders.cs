using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Orders for war and crises (docs/ODD.md §7.4.4–7.4.5); each left out is the fallback doctrine's.</summary>
public sealed class WarOrders
{
    [YamlMember(Order = 0, Description = "Whether to attack (or make a demand) when the state considers a neighbour: true always, false never.")]
    public bool? Attack { get; set; }

    [YamlMember(Order = 1, Description = "If given, the only states that may be attacked (names); others are never attacked.")]
    public List<string>? Targets { get; set; }

    [YamlMember(Order = 2, Description = "Whether to yield a province a challenger demands.")]
    public bool? Concede { get; set; }

    [YamlMember(Order = 3, Description = "Whether to escalate a refused demand to war (otherwise back down).")]
    public bool? Escalate { get; set; }

    [YamlMember(Order = 4, Description = "Whether to settle a war both sides fight on a border.")]
    public bool? Settle { get; set; }

    [YamlMember(Order = 5, Description = "Whether to capitulate when the state's war resources are spent.")]
    public bool? Capitulate { get; set; }

    [YamlMember(Order = 6, Description = "Whether to stand by neighbours attacked by an aggressor (collective security).")]
    public bool? StandByVictims { get; set; }
}

using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>
/// A state governed by orders instead of its doctrine: a human team's, an instructor's or a what-if's (docs/ODD.md
/// §7.1). Each order is in force from its month until the next; what no order in force decides, the fallback doctrine
/// decides.
/// </summary>
public sealed class GovernmentSpec
{
    [YamlMember(Order = 0, Description = "Name of the state the orders govern (a state of the initial map).")]
    public string State { get; set; } = "";

    [YamlMember(Order = 1, Description = "Name recorded for the state's government in the outputs (the team's name, say).")]
    public string Name { get; set; } = "orders";

    [YamlMember(Order = 2, Description = "Doctrine that decides what no order in force decides (empty: the state's doctrine in the scenario).")]
    public string Fallback { get; set; } = "";

    [YamlMember(Order = 3, Description = "The orders, in the order of their months; each is in force from its month until the next.")]
    public List<Orders> Orders { get; set; } = [];
}

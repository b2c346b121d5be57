using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Alliance orders (docs/ODD.md §7.3); each left out is the fallback doctrine's.</summary>
public sealed class AllianceOrders
{
    [YamlMember(Order = 0, Description = "The state to ally with when a neighbour threatens (its name), or 'none' to stay alone.")]
    public string? Ally { get; set; }

    [YamlMember(Order = 1, Description = "Whether to leave the alliance when no neighbour threatens.")]
    public bool? Leave { get; set; }
}

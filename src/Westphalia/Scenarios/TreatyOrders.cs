using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Treaty orders; each left out is the fallback doctrine's.</summary>
public sealed class TreatyOrders
{
    [YamlMember(Order = 0, Description = "Whether to sign an arms-control treaty a rival negotiates.")]
    public bool? Sign { get; set; }

    [YamlMember(Order = 1, Description = "Whether to start cheating on the treaties in force.")]
    public bool? Cheat { get; set; }
}

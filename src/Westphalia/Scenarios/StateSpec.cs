using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

public sealed class StateSpec
{
    [YamlMember(Order = 0)]
    public string Name { get; set; } = "";

    [YamlMember(Order = 1, Description = "Name of the capital region, which the state must own.")]
    public string Capital { get; set; } = "";
}

using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>An alliance in force at the start of a run.</summary>
public sealed class AllianceSpec
{
    [YamlMember(Order = 0)]
    public string Name { get; set; } = "";

    [YamlMember(Order = 1, Description = "Names of the member states.")]
    public List<string> Members { get; set; } = [];
}

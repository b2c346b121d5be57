using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Which groups of mechanisms run; a scenario that reproduces a published model can switch the rest off.</summary>
public sealed class MechanismSettings
{
    [YamlMember(Order = 0, Description = "Budget, civil war, war damage and displacement, economy, health and food, public safety, demography and military capability. Off for a pure interstate-war model such as GeoSim.")]
    public bool Domestic { get; set; } = true;
}

using System.Security.Cryptography;
using System.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Westphalia.Scenarios;

/// <summary>Writes a scenario as YAML with every default filled in and each field's description as a comment.</summary>
public static class ScenarioWriter
{
    private static readonly ISerializer Serializer = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .WithEnumNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull)
        .DisableAliases()
        .Build();

    public static string ToYaml(Scenario scenario) => Serializer.Serialize(scenario);

    /// <summary>SHA-256 of the resolved scenario, naming it in manifests and checkpoints.</summary>
    public static string Hash(Scenario scenario) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ToYaml(scenario))));
}

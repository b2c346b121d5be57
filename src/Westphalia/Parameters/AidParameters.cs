using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Foreign aid allocation (docs/ODD.md, submodel Budget).</summary>
public sealed class AidParameters
{
    [YamlMember(Order = 0, Description = "Share of living states, the poorest by income per capita, that draw on the aid pool, in proportion to population: the poorest floor(share x number of states).")]
    [Range(0, 1)]
    public double RecipientQuantile { get; set; } = 0.5;
}

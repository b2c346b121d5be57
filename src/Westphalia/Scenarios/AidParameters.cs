using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Foreign aid allocation (docs/ODD.md, submodel Budget).</summary>
public sealed class AidParameters
{
    [YamlMember(Order = 0, Description = "Aid goes to states whose income per capita is below this quantile of the world's states, in proportion to population.")]
    [Range(0, 1)]
    public double RecipientQuantile { get; set; } = 0.5;
}

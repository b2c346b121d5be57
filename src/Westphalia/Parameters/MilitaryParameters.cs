using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Parameters;

/// <summary>Military capability (docs/ODD.md, submodel Military capability).</summary>
public sealed class MilitaryParameters
{
    [YamlMember(Order = 0, Description = "Share of forces in being lost each year to wear and obsolescence. Default 0.1 (perpetual-inventory method with service lives near ten years).")]
    [Range(0, 1)]
    public double Depreciation { get; set; } = 0.1;
}

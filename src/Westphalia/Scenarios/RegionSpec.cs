using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

public sealed class RegionSpec
{
    [YamlMember(Order = 0)]
    public string Name { get; set; } = "";

    [YamlMember(Order = 1, Description = "Name of the owning state.")]
    public string Owner { get; set; } = "";

    [YamlMember(Order = 2, Description = "Map position, for maps and distances; the unit is the interstate war's unit of distance (a grid cell is 1).")]
    [Range(-1e9, 1e9)]
    public double X { get; set; }

    [YamlMember(Order = 3)]
    [Range(-1e9, 1e9)]
    public double Y { get; set; }

    [YamlMember(Order = 4, Description = "People living in the region. All regions together hold at most the world population ceiling of 10^11 (docs/ODD.md, Bounds).")]
    [Range(0, 1e11)]
    public long Population { get; set; } = 1_000_000;

    [YamlMember(Order = 5, Description = "Income per capita, US dollars a year; at most the income ceiling of 10^7, past which incomes do not grow (docs/ODD.md, Bounds).")]
    [Range(1, 1e7)]
    public double IncomePerCapita { get; set; } = 5_000;

    [YamlMember(Order = 6, Description = "Terrain ruggedness in [0, 1].")]
    [Range(0, 1)]
    public double Ruggedness { get; set; } = 0.3;

    [YamlMember(Order = 7, Description = "Names of adjacent regions (the graph is made symmetric).")]
    public List<string> Neighbours { get; set; } = [];

    [YamlMember(Order = 8, Description = "Whether the region has oil deposits (for the oil-exporter term of civil-war onset).")]
    public bool Oil { get; set; }
}

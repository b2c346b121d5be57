using System.ComponentModel.DataAnnotations;
using System.Globalization;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Parameters of the synthetic grid world (docs/ODD.md, Initialisation).</summary>
public sealed class GridGeneratorSpec : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Grid width in cells (regions).")]
    [Range(1, 10000)]
    public int Width { get; set; } = 60;

    [YamlMember(Order = 1, Description = "Grid height in cells (regions).")]
    [Range(1, 10000)]
    public int Height { get; set; } = 40;

    [YamlMember(Order = 2, Description = "hex (six neighbours) or square (four neighbours).")]
    public Topology Topology { get; set; } = Topology.Hex;

    [YamlMember(Order = 3, Description = "Number of states, grown from random capitals.")]
    [Range(1, 1000000)]
    public int States { get; set; } = 40;

    [YamlMember(Order = 4, Description = "Mean population of a non-capital region at the start (people); capitals have capital_population_factor times more. The expected world population, this times (width x height + states x (capital_population_factor - 1)), must not exceed the world population ceiling of 10^11 (docs/ODD.md, Bounds).")]
    [Range(1, 1e10)]
    public double MeanRegionPopulation { get; set; } = 3_000_000;

    [YamlMember(Order = 5, Description = "Median income per capita across states at the start (US dollars a year). Default near the world median of the 2000s (World Bank WDI).")]
    [Range(100, 200000)]
    public double MedianIncome { get; set; } = 5_000;

    [YamlMember(Order = 6, Description = "Standard deviation of log income per capita between states. Default 1.1, the spread of log GDP per capita across countries (World Bank WDI, 2000s). Incomes drawn beyond 100 or the income ceiling of 10^7 dollars a year are set to those bounds.")]
    [Range(0, 5)]
    public double IncomeDispersion { get; set; } = 1.1;

    [YamlMember(Order = 7, Description = "Standard deviation of log income per capita between regions of one state.")]
    [Range(0, 5)]
    public double RegionalIncomeDispersion { get; set; } = 0.3;

    [YamlMember(Order = 8, Description = "Median terrain ruggedness in [0, 1] (the centre of the logistic ruggedness field).")]
    [Range(0, 1)]
    public double MedianRuggedness { get; set; } = 0.3;

    [YamlMember(Order = 9, Description = "How many times more people live in a capital region than in the average region.")]
    [Range(1, 100)]
    public double CapitalPopulationFactor { get; set; } = 3;

    [YamlMember(Order = 10, Description = "How many of the states are major powers: they grow from their capitals this many times faster, so they hold more territory.")]
    [Range(0, 1000)]
    public int MajorPowers { get; set; }

    [YamlMember(Order = 11, Description = "How much faster major powers grow than other states when the map is made.")]
    [Range(1, 100)]
    public double MajorPowerScale { get; set; } = 4;

    [YamlMember(Order = 14, Description = "Place the major powers' capitals evenly along the middle row of the map, far apart, instead of at random.")]
    public bool SpreadMajorPowers { get; set; }

    [YamlMember(Order = 12, Description = "Whether every other state starts in the alliance (bloc) of the major power whose capital is nearest, except those about as near to two of them (non-aligned).")]
    public bool Blocs { get; set; }

    [YamlMember(Order = 13, Description = "States whose capital distances to the two nearest major powers differ by less than this share of their sum stay non-aligned.")]
    [Range(0, 1)]
    public double NonAlignedBand { get; set; } = 0.15;

    [YamlMember(Order = 15, Description = "Share of regions with oil deposits, in clusters (a smoothed random field above its quantile). Default 0.08.")]
    [Range(0, 1)]
    public double OilShare { get; set; } = 0.08;

    /// <summary>The expected population of the generated world: non-capital regions have the mean, capitals the factor times it.</summary>
    [YamlIgnore]
    public double ExpectedPopulation => MeanRegionPopulation * (((double)Width * Height) + (States * (CapitalPopulationFactor - 1)));

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (ExpectedPopulation > ModelBounds.WorldPopulationCeiling)
        {
            var most = ModelBounds.WorldPopulationCeiling / (ExpectedPopulation / MeanRegionPopulation);
            context.Error("mean_region_population",
                $"the world would start with about {ExpectedPopulation.ToString("N0", CultureInfo.InvariantCulture)} people, more than the world population ceiling of 100,000,000,000 "
                + $"(docs/ODD.md, Bounds); with this grid, states and capital factor it can be at most {Math.Floor(most).ToString("N0", CultureInfo.InvariantCulture)}",
                "width",
                "height",
                "states",
                "capital_population_factor");
        }
    }
}

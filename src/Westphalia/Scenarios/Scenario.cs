using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>A scenario: the world, the parameters, the doctrines, the seed and the length of a run.</summary>
public sealed class Scenario : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Short identifier of the scenario, used in run-folder names.")]
    public string Name { get; set; } = "unnamed";

    [YamlMember(Order = 1, Description = "What the scenario is for.")]
    public string Description { get; set; } = "";

    [YamlMember(Order = 2, Description = "Seed of the counter-based random generator; same seed, same outputs.")]
    public ulong Seed { get; set; } = 1;

    [YamlMember(Order = 3, Description = "Calendar year of the first tick (a tick is one month).")]
    [Range(-10000, 10000)]
    public int StartYear { get; set; } = 2000;

    [YamlMember(Order = 4, Description = "Length of the run in years.")]
    [Range(1, 100000)]
    public int Years { get; set; } = 100;

    [YamlMember(Order = 5, Description = "What is written and how often.")]
    public OutputSettings Output { get; set; } = new();

    [YamlMember(Order = 6, Description = "The map: a generator or an explicit list of regions and states.")]
    public WorldSpec World { get; set; } = new();

    [YamlMember(Order = 7, Description = "Parameters of the mechanisms, with documented defaults (docs/ODD.md).")]
    public ModelParameters Parameters { get; set; } = new();

    [YamlMember(Order = 8, Description = "Which groups of mechanisms run.")]
    public MechanismSettings Mechanisms { get; set; } = new();

    [YamlMember(Order = 9, Description = "Which doctrine sets each state's policy, and the doctrines' parameters.")]
    public DoctrineSettings Doctrines { get; set; } = new();

    [YamlMember(Order = 10, Description = "Events the scenario makes happen at a given month: year, month and what (civil_war: a state's name).")]
    public List<ScriptedEvent> Script { get; set; } = [];

    [YamlIgnore]
    public int Ticks => Years * 12;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            context.Error("name", "must be non-empty and use only letters, digits, '-', '_' and '.'");
        }

        for (var i = 0; i < Script.Count; i++)
        {
            if (Script[i].Year < StartYear || Script[i].Year >= StartYear + Years)
            {
                context.Error($"script[{i}].year", $"{Script[i].Year} is outside the run ({StartYear} to {StartYear + Years - 1})");
            }
        }
    }
}

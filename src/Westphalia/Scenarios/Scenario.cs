using System.ComponentModel.DataAnnotations;
using Westphalia.Parameters;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>A scenario: the world, the parameters, the doctrines, the seed and the length of a run.</summary>
public sealed class Scenario : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Short identifier of the scenario, used in run-folder names (letters, digits, '-', '_' and '.'; at most 100).")]
    [StringLength(100)]
    public string Name { get; set; } = "unnamed";

    [YamlMember(Order = 1, Description = "What the scenario is for (at most 10,000 characters).")]
    [StringLength(10_000)]
    public string Description { get; set; } = "";

    [YamlMember(Order = 2, Description = "Seed of the counter-based random generator; same seed, same outputs.")]
    public ulong Seed { get; set; } = 1;

    [YamlMember(Order = 3, Description = "Calendar year of the first tick (a tick is one month). Outputs carry ISO dates, so the run lies within the years 1 to 9999.")]
    [Range(1, 9999)]
    public int StartYear { get; set; } = 2000;

    [YamlMember(Order = 4, Description = "Length of the run in years.")]
    [Range(1, 9999)]
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

    [YamlMember(Order = 11, Description = "States governed by orders instead of their doctrine (a team's, an instructor's, a what-if's): the state, the orders by month, and the doctrine that decides what the orders leave out.")]
    public List<GovernmentSpec> Governments { get; set; } = [];

    [YamlIgnore]
    public int Ticks => Years * 12;

    /// <summary>The most years <c>output.map_years</c> may list.</summary>
    public const int MaxMapYears = 100;

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')))
        {
            context.Error("name", "must be non-empty and use only letters, digits, '-', '_' and '.'");
        }

        if (StartYear + Years - 1 > LastYear)
        {
            context.Error("years", $"a run of {Years} years from start_year {StartYear} would end in {StartYear + Years - 1}; outputs carry ISO dates, which end in {LastYear}", "start_year");
            return;
        }

        for (var i = 0; i < Output.MapYears.Count; i++)
        {
            if (Output.MapYears[i] < StartYear || Output.MapYears[i] >= StartYear + Years)
            {
                context.Error($"output.map_years[{i}]", $"{Output.MapYears[i]} is outside the run ({StartYear} to {StartYear + Years - 1})");
            }
        }

        if (Output.MapYears.Count > MaxMapYears)
        {
            context.Error("output.map_years", $"{Output.MapYears.Count} years; at most {MaxMapYears} (each is a copy of every region in the regions table)");
        }

        for (var i = 0; i < Script.Count; i++)
        {
            if (Script[i].Year < StartYear || Script[i].Year >= StartYear + Years)
            {
                context.Error($"script[{i}].year", $"{Script[i].Year} is outside the run ({StartYear} to {StartYear + Years - 1})");
            }
        }

        // A scenario that says nothing of its world has the default generated one, written out so that the scenario
        // reads back the same from the run folder.
        if (!World.IsExplicit && !World.IsData)
        {
            World.Generator ??= new GridGeneratorSpec();
        }

        StateNameRules.Check(this, context);
        OrdersRules.Check(this, context);
        var needed = WorldFootprint.Estimate(this);
        if (needed > context.Limits.MemoryBudgetBytes)
        {
            context.Error(
                "world",
                $"this world needs about {WorldFootprint.Describe(needed)} of memory ({WorldFactory.RegionCount(this):N0} regions, {Math.Max(WorldFactory.InitialStateCount(this), WorldFactory.StateCapacity(this)):N0} state slots, {Years:N0} years) "
                + $"and at most {WorldFootprint.Describe(context.Limits.MemoryBudgetBytes)} may be used here; make the world smaller or the run shorter, or run it on a machine with more memory",
                "years",
                "output",
                "parameters.interstate_war",
                "parameters.civil_war",
                "mechanisms");
        }
    }

    /// <summary>The last calendar year a run may reach: ISO 8601 dates in the outputs have four-digit years.</summary>
    public const int LastYear = 9999;
}

using System.ComponentModel.DataAnnotations;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>
/// Something the scenario makes happen at a given month, whatever the model's own hazards: an instructor's crisis, an
/// analyst's what-if. For now: a civil war breaking out in a named state.
/// </summary>
public sealed class ScriptedEvent : IScenarioValidatable
{
    [YamlMember(Order = 0, Description = "Calendar year in which it happens.")]
    [Range(-10000, 10000)]
    public int Year { get; set; }

    [YamlMember(Order = 1, Description = "Month in which it happens, 1 to 12.")]
    [Range(1, 12)]
    public int Month { get; set; } = 1;

    [YamlMember(Order = 2, Description = "Name of a state in which a civil war breaks out (skipped, with an event, if the state is gone or already at war then, or civil wars are off).")]
    public string CivilWar { get; set; } = "";

    void IScenarioValidatable.Validate(ScenarioValidationContext context)
    {
        if (string.IsNullOrWhiteSpace(CivilWar))
        {
            context.Error("civil_war", "name the state in which the civil war breaks out");
        }
    }
}

namespace Westphalia.Scenarios;

/// <summary>A part of a scenario with rules that span several fields, checked after its fields are bound.</summary>
public interface IScenarioValidatable
{
    void Validate(ScenarioValidationContext context);
}

namespace Westphalia.Scenarios;

/// <summary>
/// One change to a scenario's fields before it is checked: <c>path.to.field=value</c>, with the words the user wrote
/// it in (<c>--set years=5</c>, <c>--years 5</c>), so that a message about the value names what was typed.
/// </summary>
public sealed record ScenarioOverride(string Assignment, string Label)
{
    /// <summary>An override written as <c>--set path=value</c>.</summary>
    public static ScenarioOverride Set(string assignment)
    {
        ArgumentNullException.ThrowIfNull(assignment);
        return new(assignment, $"--set {ScenarioLoader.Shorten(assignment)}");
    }
}

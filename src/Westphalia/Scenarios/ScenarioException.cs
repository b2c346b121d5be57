namespace Westphalia.Scenarios;

/// <summary>A scenario that cannot be used, with every error found.</summary>
public sealed class ScenarioException : Exception
{
    public ScenarioException(IReadOnlyList<ScenarioError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    public ScenarioException(string source, string message)
        : this([new ScenarioError(source, 0, 0, "", message)])
    {
    }

    public ScenarioException()
        : this([])
    {
    }

    public ScenarioException(string message)
        : this("scenario", message)
    {
    }

    public ScenarioException(string message, Exception innerException)
        : base(message, innerException)
    {
        Errors = [new ScenarioError("scenario", 0, 0, "", message)];
    }

    public IReadOnlyList<ScenarioError> Errors { get; }
}

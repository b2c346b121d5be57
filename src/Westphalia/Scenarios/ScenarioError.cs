namespace Westphalia.Scenarios;

/// <summary>One problem with a scenario: where it is (file, line, column, field path) and what is wrong.</summary>
public sealed record ScenarioError(string Source, int Line, int Column, string Path, string Message)
{
    public override string ToString()
    {
        var where = Line > 0 ? $"{Source}:{Line}:{Column}" : Source;
        return Path.Length > 0 ? $"{where}: {Path}: {Message}" : $"{where}: {Message}";
    }
}

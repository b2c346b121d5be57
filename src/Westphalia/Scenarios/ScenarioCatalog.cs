using System.Diagnostics.CodeAnalysis;

namespace Westphalia.Scenarios;

/// <summary>The scenarios built into the program (the files in scenarios/, embedded at build time).</summary>
public static class ScenarioCatalog
{
    /// <summary>The synthetic world of forty states that the laboratory, validation and comparisons use unless told otherwise.</summary>
    public const string DefaultName = "default";

    /// <summary>What <c>westphalia run</c> runs with no scenario named: today's states on the real map.</summary>
    public const string RunDefaultName = "world";

    public static IReadOnlyList<string> Names { get; } = [.. ScenarioLoader.EmbeddedNames()];

    public static bool TryGetText(string name, [NotNullWhen(true)] out string? text)
    {
        text = null;
        if (!Names.Contains(name, StringComparer.Ordinal))
        {
            return false;
        }

        using var stream = ScenarioLoader.OpenEmbedded(name)!;
        using var reader = new StreamReader(stream);
        text = reader.ReadToEnd();
        return true;
    }

    public static string GetText(string name) =>
        TryGetText(name, out var text) ? text : throw new ScenarioException(name, $"no built-in scenario is named '{name}'; built-in: {string.Join(", ", Names)}");
}

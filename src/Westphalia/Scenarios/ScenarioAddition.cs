namespace Westphalia.Scenarios;

/// <summary>
/// A YAML document read from a file of its own and added as one more item of a list field of the scenario, such as a
/// team's orders added to <c>governments</c> (<c>--orders FILE</c>). Problems in it are reported against its own file
/// and lines.
/// </summary>
public sealed record ScenarioAddition(string Field, string Text, string Source)
{
    /// <summary>Reads a file of orders to add to the scenario's governments, within the scenario limits.</summary>
    public static ScenarioAddition Orders(string path, ScenarioLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Directory.Exists(path))
        {
            throw new ScenarioException(path, "is a folder, not a file of orders");
        }

        if (!File.Exists(path))
        {
            throw new ScenarioException(path, "no such file of orders");
        }

        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return new ScenarioAddition("governments", YamlGuard.ReadText(stream, path, limits ?? ScenarioLimits.Default), path);
        }
        catch (UnauthorizedAccessException)
        {
            throw new ScenarioException(path, "cannot be read: permission denied");
        }
        catch (IOException e)
        {
            throw new ScenarioException(path, $"cannot be read: {e.Message}");
        }
    }
}

using System.Collections.Concurrent;
using Westphalia.Scenarios;
using Engine = Westphalia.Classroom.Game;

namespace Westphalia.Server.Play;

/// <summary>
/// The names of the states a built-in scenario starts with (those a team may govern), found by building the scenario's
/// world once and kept for the life of the process.
/// </summary>
public static class ScenarioStates
{
    private static readonly ConcurrentDictionary<string, Lazy<IReadOnlyList<string>>> Cache = new(StringComparer.Ordinal);

    /// <summary>The state names of a built-in scenario, in the order of its state table; empty for an unknown scenario.</summary>
    public static IReadOnlyList<string> Of(string scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        if (!ScenarioCatalog.Names.Contains(scenario, StringComparer.Ordinal))
        {
            return [];
        }

        return Cache.GetOrAdd(scenario, name => new Lazy<IReadOnlyList<string>>(() => Load(name))).Value;
    }

    private static List<string> Load(string scenario)
    {
        var states = Engine.Create(scenario, 1, []).Simulation.World.States;
        var names = new List<string>();
        for (var s = 0; s < states.Count; s++)
        {
            if (states.FoundedTick[s] == 0)
            {
                names.Add(states.Name[s]);
            }
        }

        return names;
    }
}

namespace Westphalia.Scenarios;

/// <summary>
/// The fields that name states — doctrine assignments, alliance members, the script — must name states the world
/// starts with. A generated world's states are named by <see cref="GridWorldGenerator.StateName"/>, an explicit
/// world's by its <c>states</c> list, so the names are known before the world is built and every error is reported
/// where the name was written.
/// </summary>
internal static class StateNameRules
{
    public static void Check(Scenario scenario, ScenarioValidationContext context)
    {
        var world = scenario.World;
        var explicitNames = WorldFactory.InitialStateNames(scenario);
        var generated = explicitNames is null;
        var count = WorldFactory.InitialStateCount(scenario);
        bool Exists(string name) => generated ? GridWorldGenerator.StateIndex(name, count) >= 0 : explicitNames!.Contains(name);
        string Known() => generated
            ? $"this world's states are named 'State 1' to 'State {count}'"
            : $"states are: {string.Join(", ", explicitNames!.Take(20))}{(explicitNames!.Count > 20 ? ", ..." : "")}";

        foreach (var state in scenario.Doctrines.Assignments.Keys)
        {
            if (!Exists(state))
            {
                context.Error($"doctrines.assignments.{state}", $"no state is named '{ScenarioLoader.Shorten(state)}'; {Known()}");
            }
        }

        for (var i = 0; i < scenario.Script.Count; i++)
        {
            var name = scenario.Script[i].CivilWar;
            if (!Exists(name))
            {
                context.Error($"script[{i}].civil_war", $"no state is named '{ScenarioLoader.Shorten(name)}'; {Known()}");
            }
        }

        if (world.Alliances.Count > 0 && generated && (world.Generator?.Blocs ?? false))
        {
            context.Error("world.alliances", "the generator's blocs (generator.blocs: true) form the alliances; list alliances by name only without blocs");
            return;
        }

        var memberOf = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < world.Alliances.Count; a++)
        {
            var members = world.Alliances[a].Members;
            for (var m = 0; m < members.Count; m++)
            {
                var name = members[m];
                if (!Exists(name))
                {
                    context.Error($"world.alliances[{a}].members[{m}]", $"no state is named '{ScenarioLoader.Shorten(name)}'; {Known()}");
                }
                else if (memberOf.TryGetValue(name, out var other))
                {
                    var where = other == a ? "listed twice in this alliance" : $"already a member of alliance {other} ('{ScenarioLoader.Shorten(world.Alliances[other].Name)}')";
                    context.Error($"world.alliances[{a}].members[{m}]", $"'{ScenarioLoader.Shorten(name)}' is {where}; a state belongs to one alliance");
                }
                else
                {
                    memberOf[name] = a;
                }
            }
        }
    }
}

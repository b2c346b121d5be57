namespace Westphalia.Scenarios;

/// <summary>Creates the initial world a scenario describes.</summary>
public static class WorldFactory
{
    public static World Create(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // When interstate war can make new states (a fallen state fragments, or cut-off provinces secede), conquest can
        // go on until every region is sovereign: one state slot per region. Civil wars make new states only by
        // secession, and rarely: twice the initial states (at least 32 more) leaves room for them, and a secession
        // that finds no free slot ends in a settlement instead. Otherwise states only die and the initial slots suffice.
        var war = scenario.Parameters.InterstateWar;
        var civil = scenario.Parameters.CivilWar;
        var regionCount = scenario.World.Generator is { } g ? g.Width * g.Height : scenario.World.Regions?.Count ?? 0;
        var initialStates = scenario.World.Generator is { } h ? h.States : scenario.World.States?.Count ?? 0;
        var capacity = 0;
        if (war.Enabled && (war.CapitalFall == CapitalFallRule.Fragment || war.CutOffProvincesSecede))
        {
            capacity = regionCount;
        }
        else if (scenario.Mechanisms.Domestic && civil.Enabled && civil.SecessionistShare > 0 && civil.Secession > 0)
        {
            capacity = Math.Min(regionCount, initialStates + Math.Max(initialStates, 32));
        }

        var world = scenario.World.Generator is { } generator
            ? GridWorldGenerator.Generate(generator, scenario.Parameters.Economy, scenario.Seed, capacity)
            : ExplicitWorldBuilder.Build(scenario.World, scenario.Parameters.Economy, capacity);
        var doctrines = scenario.Doctrines;
        for (var s = 0; s < world.States.Count; s++)
        {
            world.States.Doctrine[s] = world.States.Name[s] is { } stateName && doctrines.Assignments.TryGetValue(stateName, out var name) ? name : doctrines.Default;
            world.States.Technology[s] = scenario.Parameters.InterstateWar.DistanceThreshold;
        }

        ApplyAlliances(scenario.World.Alliances, world);
        return world;
    }

    private static void ApplyAlliances(List<AllianceSpec> alliances, World world)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < world.States.Count; s++)
        {
            if (world.States.FoundedTick[s] == 0)
            {
                names[world.States.Name[s]] = s;
            }
        }

        var errors = new List<ScenarioError>();
        for (var a = 0; a < alliances.Count; a++)
        {
            var members = new List<int>();
            for (var m = 0; m < alliances[a].Members.Count; m++)
            {
                var name = alliances[a].Members[m];
                if (!names.TryGetValue(name, out var state))
                {
                    errors.Add(new ScenarioError("scenario", 0, 0, $"world.alliances[{a}].members[{m}]", $"no state is named '{name}'"));
                }
                else if (world.States.Alliance[state] >= 0)
                {
                    errors.Add(new ScenarioError("scenario", 0, 0, $"world.alliances[{a}].members[{m}]", $"'{name}' is already in another alliance"));
                }
                else
                {
                    members.Add(state);
                }
            }

            if (members.Count > 0)
            {
                var id = members.Min();
                foreach (var state in members)
                {
                    world.States.Alliance[state] = id;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }
    }
}

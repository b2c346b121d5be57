namespace Westphalia.Scenarios;

/// <summary>Creates the initial world a scenario describes.</summary>
public static class WorldFactory
{
    public static World Create(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        // With interstate war, conquest can fragment states until every region is sovereign: one slot per region.
        var regionCount = scenario.World.Generator is { } g ? g.Width * g.Height : scenario.World.Regions?.Count ?? 0;
        var capacity = scenario.Parameters.InterstateWar.Enabled ? regionCount : 0;
        var world = scenario.World.Generator is { } generator
            ? GridWorldGenerator.Generate(generator, scenario.Parameters.Economy, scenario.Seed, capacity)
            : ExplicitWorldBuilder.Build(scenario.World, scenario.Parameters.Economy, capacity);
        var doctrines = scenario.Doctrines;
        for (var s = 0; s < world.States.Count; s++)
        {
            world.States.Doctrine[s] = world.States.Name[s] is { } stateName && doctrines.Assignments.TryGetValue(stateName, out var name) ? name : doctrines.Default;
            world.States.Technology[s] = scenario.Parameters.InterstateWar.DistanceThreshold;
        }

        return world;
    }
}

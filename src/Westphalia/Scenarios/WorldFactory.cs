namespace Westphalia.Scenarios;

/// <summary>Creates the initial world a scenario describes.</summary>
public static class WorldFactory
{
    public static World Create(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var world = scenario.World.Generator is { } generator
            ? GridWorldGenerator.Generate(generator, scenario.Parameters.Economy, scenario.Seed)
            : ExplicitWorldBuilder.Build(scenario.World, scenario.Parameters.Economy);
        var doctrines = scenario.Doctrines;
        for (var s = 0; s < world.States.Count; s++)
        {
            world.States.Doctrine[s] = doctrines.Assignments.TryGetValue(world.States.Name[s], out var name) ? name : doctrines.Default;
        }

        return world;
    }
}

using Westphalia.Parameters;

namespace Westphalia.Scenarios;

/// <summary>Creates the initial world a scenario describes, with its imported files applied (docs/ODD.md §6).</summary>
public static class WorldFactory
{
    public static World Create(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var capacity = StateCapacity(scenario);
        var world = scenario.World.Data is { } data
            ? RealWorld.RealWorldBuilder.Build(RealWorld.WorldDataSet.Load(data), scenario.Parameters.Economy, scenario.Parameters.HealthAndFood, capacity)
            : scenario.World.IsExplicit
            ? ExplicitWorldBuilder.Build(scenario.World, scenario.Parameters.Economy, capacity)
            : GridWorldGenerator.Generate(Generator(scenario), scenario.Parameters.Economy, scenario.Seed, capacity);
        world = Imports.WorldImports.Apply(world, scenario);
        var doctrines = scenario.Doctrines;
        for (var s = 0; s < world.States.Count; s++)
        {
            world.States.Doctrine[s] = world.States.Name[s] is { } stateName && doctrines.Assignments.TryGetValue(stateName, out var name) ? name : doctrines.Default;
            world.States.Technology[s] = scenario.Parameters.InterstateWar.DistanceThreshold;
        }

        ApplyAlliances(scenario.World.Alliances, world);
        return world;
    }

    /// <summary>The number of regions the scenario's world has.</summary>
    public static int RegionCount(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.World.IsData ? DataSet(scenario)?.Cells.Count ?? 0
            : scenario.World.IsExplicit ? scenario.World.Regions?.Count ?? 0 : Generator(scenario).Width * Generator(scenario).Height;
    }

    /// <summary>
    /// The names of the states of the initial map, known before the world is built: an explicit world's list, a real
    /// world's data set; null for a generated world, whose states are 'State 1' to 'State N'.
    /// </summary>
    public static IReadOnlySet<string>? InitialStateNames(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.World.IsData ? (DataSet(scenario)?.States.Select(s => s.Name) ?? []).ToHashSet(StringComparer.Ordinal)
            : scenario.World.IsExplicit ? (scenario.World.States ?? []).Select(s => s.Name).ToHashSet(StringComparer.Ordinal)
            : null;
    }

    /// <summary>The number of states the scenario's world starts with.</summary>
    public static int InitialStateCount(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        return scenario.World.IsData ? DataSet(scenario)?.States.Count ?? 0
            : scenario.World.IsExplicit ? scenario.World.States?.Count ?? 0 : Generator(scenario).States;
    }

    /// <summary>
    /// The state slots a run needs. When interstate war can make new states (a fallen state fragments, or cut-off
    /// provinces secede), conquest can go on until every region is sovereign: one state slot per region. Civil wars
    /// make new states only by secession, and rarely: twice the initial states (at least 32 more) leaves room for them,
    /// and a secession that finds no free slot ends in a settlement instead. Otherwise states only die and the initial
    /// slots suffice (0: as many as the initial states).
    /// </summary>
    public static int StateCapacity(Scenario scenario)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        var war = scenario.Parameters.InterstateWar;
        var civil = scenario.Parameters.CivilWar;
        var regionCount = RegionCount(scenario);
        var initialStates = InitialStateCount(scenario);
        if (war.Enabled && (war.CapitalFall == CapitalFallRule.Fragment || war.CutOffProvincesSecede))
        {
            return regionCount;
        }

        if (scenario.Mechanisms.Domestic && civil.Enabled && civil.SecessionistShare > 0 && civil.Secession > 0)
        {
            return Math.Min(regionCount, initialStates + Math.Max(initialStates, 32));
        }

        return 0;
    }

    /// <summary>The generator a world without explicit regions uses (the default one when none is written).</summary>
    /// <summary>The real world's data set the scenario names; null if it names none or one that is not shipped (an error its validation reports).</summary>
    private static RealWorld.WorldDataSet? DataSet(Scenario scenario) =>
        scenario.World.Data is { } data && RealWorld.WorldDataSet.Names.Contains(data, StringComparer.Ordinal) ? RealWorld.WorldDataSet.Load(data) : null;

    private static GridGeneratorSpec Generator(Scenario scenario) => scenario.World.Generator ?? DefaultGenerator;

    private static readonly GridGeneratorSpec DefaultGenerator = new();

    /// <summary>Puts the alliances' members in them (the names were checked when the scenario was loaded).</summary>
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

        foreach (var alliance in alliances)
        {
            var members = alliance.Members.Select(name => names[name]).ToList();
            if (members.Count > 0)
            {
                var id = members.Min();
                foreach (var state in members)
                {
                    world.States.Alliance[state] = id;
                }
            }
        }
    }
}

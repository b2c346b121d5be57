using System.Globalization;

namespace Westphalia.Scenarios.Imports;

/// <summary>
/// Applies a scenario's imports (<c>world.imports</c>) to its initial world, in the order listed, so that a later
/// file's figure overrides an earlier one's (docs/ODD.md §6). Every file is read and checked before anything is
/// applied: a problem in any of them throws a <see cref="ScenarioException"/> listing every problem found, each with
/// its file, line and column, and the world is not used.
/// </summary>
public static class WorldImports
{
    /// <summary>
    /// The world with the imports applied: the same world, or, when a contiguity file added borders, a world over the
    /// same tables with the new region graph.
    /// </summary>
    public static World Apply(World world, Scenario scenario, ScenarioLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(scenario);
        var imports = scenario.World.Imports;
        if (imports.Count == 0)
        {
            return world;
        }

        limits ??= ScenarioLimits.Default;
        var errors = new ImportErrors();
        var read = new List<(List<StateChange>? Changes, List<(int A, int B)>? Pairs)>();
        foreach (var import in imports)
        {
            var year = import.Year ?? scenario.StartYear;
            read.Add(import.Kind switch
            {
                ImportKind.Nmc => (NmcImporter.Read(import.File, year, world, errors, limits), null),
                ImportKind.Contiguity => (null, ContiguityImporter.Read(import.File, year, import.MaxType ?? 1, world, errors, limits)),
                _ => (StateAttributesImporter.Read(import.File, world, errors, limits), null),
            });
        }

        errors.ThrowIfAny("world.imports");
        var borders = new List<(int A, int B)>();
        foreach (var (changes, pairs) in read)
        {
            foreach (var change in changes ?? [])
            {
                Apply(world, change, scenario);
            }

            borders.AddRange(pairs ?? []);
        }

        var population = world.Regions.Population.Sum();
        if (population > ModelBounds.WorldPopulationCeiling)
        {
            throw new ScenarioException("world.imports", $"the imported populations bring the world to {population.ToString("N0", CultureInfo.InvariantCulture)} people, more than the world population ceiling of {ModelBounds.WorldPopulationCeiling.ToString("N0", CultureInfo.InvariantCulture)} (docs/ODD.md, Bounds)");
        }

        world.AggregateStates();
        return borders.Count == 0 ? world : WithBorders(world, borders);
    }

    private static void Apply(World world, StateChange change, Scenario scenario)
    {
        if (change.Population is { } people)
        {
            StateFigures.SetPopulation(world, change.State, people);
        }

        if (change.IncomePerCapita is { } income)
        {
            StateFigures.SetIncomePerCapita(world, change.State, income, scenario.Parameters.Economy);
        }

        if (change.MilitarySpending is { } spending)
        {
            StateFigures.SetMilitarySpending(world, change.State, spending);
        }
    }

    /// <summary>
    /// The world with an edge between the closest regions (by map position; the lowest region ids on a tie) of each
    /// pair of states that no edge joins yet.
    /// </summary>
    private static World WithBorders(World world, List<(int A, int B)> pairs)
    {
        var adjacency = world.Adjacency;
        var owner = world.Regions.Owner;
        var added = new List<(int, int)>();
        foreach (var (a, b) in pairs)
        {
            var regionsA = world.States.RegionsOf(a);
            var regionsB = world.States.RegionsOf(b);
            var joined = false;
            foreach (var r in regionsA)
            {
                foreach (var n in adjacency.Of(r))
                {
                    joined |= owner[n] == b;
                }
            }

            if (joined)
            {
                continue;
            }

            var (closestA, closestB) = world.Regions.Closest(regionsA, regionsB);
            if (closestA >= 0)
            {
                added.Add((closestA, closestB));
            }
        }

        if (added.Count == 0)
        {
            return world;
        }

        var edges = new List<(int, int)>(adjacency.Neighbours.Length + added.Count);
        for (var r = 0; r < adjacency.RegionCount; r++)
        {
            foreach (var n in adjacency.Of(r))
            {
                if (r < n)
                {
                    edges.Add((r, n));
                }
            }
        }

        edges.AddRange(added);
        return new World(world.Regions, Adjacency.FromEdges(adjacency.RegionCount, edges), world.States);
    }
}

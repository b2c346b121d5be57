using Westphalia.Parameters;

namespace Westphalia.Scenarios;

/// <summary>
/// Sets a state's starting figures on a world that has been built but not yet run, keeping the regions consistent
/// with them: the importers (docs/ODD.md §6) and any rule that estimates figures no file gives go through these, so a
/// figure means the same whatever set it. Each brings the state's aggregates (population, output) up to date.
/// </summary>
public static class StateFigures
{
    /// <summary>
    /// Sets the state's population to <paramref name="people"/>, scaling its regions' populations in proportion (whole
    /// people: each region gets its share rounded down, and the people left over go one each to the regions with the
    /// largest remainders, the lower region first on a tie, so that the total is exact). A state whose regions hold no
    /// one yet has the people shared equally. Incomes per capita are kept, so income per capita of the state is too.
    /// </summary>
    public static void SetPopulation(World world, int state, long people)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentOutOfRangeException.ThrowIfNegative(people);
        var regions = RegionsOf(world, state);
        var population = world.Regions.Population;
        Int128 total = 0;
        foreach (var r in regions)
        {
            total += population[r];
        }

        var shares = new long[regions.Length];
        var remainders = new Int128[regions.Length];
        long given = 0;
        for (var k = 0; k < regions.Length; k++)
        {
            var weight = total > 0 ? (Int128)population[regions[k]] : 1;
            var divisor = total > 0 ? total : regions.Length;
            var product = weight * people;
            shares[k] = (long)(product / divisor);
            remainders[k] = product % divisor;
            given += shares[k];
        }

        var order = Enumerable.Range(0, regions.Length).OrderByDescending(k => remainders[k]).ThenBy(k => regions[k]).ToArray();
        for (var i = 0; given < people; i++)
        {
            shares[order[i % order.Length]]++;
            given++;
        }

        for (var k = 0; k < regions.Length; k++)
        {
            population[regions[k]] = shares[k];
        }

        Aggregate(world, state);
    }

    /// <summary>
    /// Sets the regions' incomes per capita so that the state's output is its population times
    /// <paramref name="dollars"/> (US dollars a year), multiplying each region's income by the same factor so that the
    /// differences between its regions are kept (a state without output yet gets <paramref name="dollars"/> in every
    /// region). A region pushed past the income ceiling is held at it. Productivity follows as an explicit world sets
    /// it: income over the frontier income, a region starting at its steady state.
    /// </summary>
    public static void SetIncomePerCapita(World world, int state, double dollars, EconomyParameters economy)
    {
        ArgumentNullException.ThrowIfNull(world);
        ArgumentNullException.ThrowIfNull(economy);
        if (!double.IsFinite(dollars) || dollars < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dollars), dollars, "income per capita must be a finite, non-negative number");
        }

        var regions = RegionsOf(world, state);
        var table = world.Regions;
        long people = 0;
        var output = 0.0;
        foreach (var r in regions)
        {
            people += table.Population[r];
            output += table.IncomePerCapita[r] * table.Population[r];
        }

        var factor = output > 0 ? people * dollars / output : double.NaN;
        foreach (var r in regions)
        {
            var income = double.IsNaN(factor) ? dollars : table.IncomePerCapita[r] * factor;
            table.IncomePerCapita[r] = Math.Min(income, ModelBounds.IncomeCeiling);
            table.Productivity[r] = table.IncomePerCapita[r] / economy.FrontierIncome;
        }

        Aggregate(world, state);
    }

    /// <summary>
    /// Sets the state's annual military spending (US dollars) on which its forces in being at the start of the run are
    /// based: the Military capability mechanism starts the state at the stock this spending sustains, instead of the
    /// stock its budget before the run sustains (docs/ODD.md §5.4). The spending of each month of the run still comes
    /// from the state's budget.
    /// </summary>
    public static void SetMilitarySpending(World world, int state, double annualDollars)
    {
        ArgumentNullException.ThrowIfNull(world);
        if (!double.IsFinite(annualDollars) || annualDollars < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(annualDollars), annualDollars, "military spending must be a finite, non-negative number");
        }

        _ = RegionsOf(world, state);
        world.States.StartingMilitarySpending[state] = annualDollars;
    }

    private static int[] RegionsOf(World world, int state)
    {
        if (state < 0 || state >= world.States.Count || !world.States.Alive[state])
        {
            throw new ArgumentOutOfRangeException(nameof(state), state, "not a living state of the world");
        }

        var regions = world.States.RegionsOf(state).ToArray();
        return regions.Length > 0 ? regions : throw new ArgumentException($"state {state} has no regions", nameof(state));
    }

    private static void Aggregate(World world, int state)
    {
        long people = 0;
        var output = 0.0;
        foreach (var r in world.States.RegionsOf(state))
        {
            people += world.Regions.Population[r];
            output += world.Regions.IncomePerCapita[r] * world.Regions.Population[r];
        }

        world.States.Population[state] = people;
        world.States.Output[state] = output;
    }
}

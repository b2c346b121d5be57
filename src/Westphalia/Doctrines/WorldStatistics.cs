namespace Westphalia.Doctrines;

/// <summary>
/// Figures about the whole system of states that every government can read in public statistics (the World Bank's
/// World Development Indicators publish income per capita for every country), computed once a tick for all the
/// <see cref="StateView"/>s of that tick rather than once per view.
/// </summary>
/// <remarks>
/// <para>
/// <b>Cost.</b> A view is made for every living state every tick, so a figure over all states computed per view would
/// cost O(n² log n) a tick for a median. Here it is computed at the first request in a tick (O(n log n), into a
/// buffer allocated once) and served from the cache for the rest of that tick. The Policy phase, where doctrines read
/// views, runs before anything in the tick changes output, population or which states live, so every state deciding
/// in a tick sees the same figure; so does the Policy call of initialisation, which uses tick 0 like the first tick.
/// </para>
/// <para>
/// <b>Contract.</b> The cache is keyed by the tick number only: code that changes the world and asks again at the same
/// tick (a test, say) gets the figure as it was first computed; ask at another tick, or use the static
/// <see cref="ComputeMedianIncomePerCapita"/>, for a fresh one. One instance per world, held by the world
/// (<see cref="World.Statistics"/>). Deterministic: the median depends only on the set of incomes, not on the order of states or threads. Not thread-safe, like
/// <see cref="StateGraph"/>: the Policy phase runs sequentially.
/// </para>
/// </remarks>
public sealed class WorldStatistics
{
    private readonly World _world;
    private readonly double[] _incomes;
    private int _medianTick = int.MinValue;
    private double _median;

    internal WorldStatistics(World world)
    {
        _world = world;
        _incomes = new double[world.States.Count];
    }

    /// <summary>The statistics of <paramref name="world"/> (<see cref="World.Statistics"/>).</summary>
    public static WorldStatistics Of(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return world.Statistics;
    }

    /// <summary>
    /// The median income per capita (US dollars per year) of the living states with people, as of the first request
    /// at <paramref name="tick"/>; 0 when there is none (see <see cref="ComputeMedianIncomePerCapita"/>).
    /// </summary>
    public double MedianIncomePerCapita(int tick)
    {
        if (tick != _medianTick)
        {
            _median = Median(_world, _incomes);
            _medianTick = tick;
        }

        return _median;
    }

    /// <summary>
    /// The median income per capita of the living states with a positive population, uncached: the middle value of
    /// their incomes sorted ascending, or the mean of the two middle values when their number is even; 0 when there is
    /// none. The same states the Budget ranks for aid (docs/ODD.md, Budget).
    /// </summary>
    public static double ComputeMedianIncomePerCapita(World world)
    {
        ArgumentNullException.ThrowIfNull(world);
        return Median(world, new double[world.States.Count]);
    }

    private static double Median(World world, double[] buffer)
    {
        var states = world.States;
        var count = 0;
        for (var s = 0; s < states.Count; s++)
        {
            if (states.Alive[s] && states.Population[s] > 0)
            {
                buffer[count++] = states.IncomePerCapita(s);
            }
        }

        if (count == 0)
        {
            return 0;
        }

        var incomes = buffer.AsSpan(0, count);
        incomes.Sort();
        var middle = count / 2;
        return count % 2 == 1 ? incomes[middle] : 0.5 * (incomes[middle - 1] + incomes[middle]);
    }
}

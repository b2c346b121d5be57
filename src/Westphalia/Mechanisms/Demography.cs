using Westphalia.Scenarios;

namespace Westphalia.Mechanisms;

/// <summary>
/// Births, deaths and migration, in whole people. Each January a region's crude birth rate is set by a demographic
/// transition in income, b = b_min + (b_max − b_min) / (1 + (y / y_half)^k), and its crude death rate from life
/// expectancy, d = c / LE. Each month expected births, natural deaths and violent deaths (at the rate Public safety
/// set) are turned into whole people, carrying the fractions to the next month. Migrants move to richer
/// neighbours: the flow from i to j is floor(P_i · m/12 · min(ln y_j − ln y_i, gap_max) · β_ij / deg_i), with β = 1
/// inside a state and the border permeability across one. People change only by these flows.
/// </summary>
public sealed class Demography : IMechanism
{
    private readonly World _world;
    private readonly DemographyParameters _parameters;

    // The per-range bodies, created once rather than as a new delegate every tick.
    private readonly Action<int, int> _migration;
    private readonly Action<int, int> _apply;
    private readonly Action<int, int> _rates;

    public Demography(World world, DemographyParameters parameters)
    {
        _world = world;
        _parameters = parameters;
        _migration = ComputeMigration;
        _apply = Apply;
        _rates = SetRates;
    }

    public string Name => "Demography";

    public void Step(in TickContext context)
    {
        var count = _world.Regions.Count;
        var threads = context.Threads;
        if (context.IsNewYear)
        {
            SetRates(threads);
        }

        RegionParallel.For(count, threads, _migration);
        RegionParallel.For(count, threads, _apply);
    }

    public void SetRates(int threads) => RegionParallel.For(_world.Regions.Count, threads, _rates);

    private void SetRates(int start, int end)
    {
        var p = _parameters;
        var regions = _world.Regions;
        var income = regions.IncomePerCapita;
        var lifeExpectancy = regions.LifeExpectancy;
        var birthRate = regions.BirthRate;
        var deathRate = regions.DeathRate;
        var min = p.BirthRateMin;
        var range = p.BirthRateMax - p.BirthRateMin;
        var half = p.BirthRateHalfIncome;
        var steepness = p.BirthRateSteepness;
        var scale = p.DeathRateScale;
        for (var r = start; r < end; r++)
        {
            var y = Math.Max(income[r], 1);
            birthRate[r] = min + range / (1 + Math.Pow(y / half, steepness));
            deathRate[r] = scale / Math.Max(lifeExpectancy[r], 1);
        }
    }

    /// <summary>
    /// Migrants out of and into each region of the range. The flow from i to j is
    /// floor(P_i · ((m/12 · min(gap, gap_max) · β_ij) / deg_i)) with gap = ln y_j − ln y_i, and zero unless the gap is
    /// positive. Along an edge at most one of the two directions has a positive gap, so each neighbour costs one flow:
    /// an outflow when the neighbour is more attractive, an inflow when it is less.
    /// </summary>
    private void ComputeMigration(int start, int end)
    {
        var p = _parameters;
        var regions = _world.Regions;
        var adjacency = _world.Adjacency;
        var offsets = adjacency.Offsets;
        var neighbours = adjacency.Neighbours;
        var attractiveness = regions.Attractiveness;
        var owner = regions.Owner;
        var population = regions.Population;
        var migrantsOut = regions.MigrantsOut;
        var migrantsIn = regions.MigrantsIn;
        var rate = p.MigrationRate / 12.0;
        var maxGap = p.MigrationMaxGap;
        var border = p.BorderPermeability;
        for (var r = start; r < end; r++)
        {
            var first = offsets[r];
            var last = offsets[r + 1];
            var degree = last - first;
            var here = attractiveness[r];
            var state = owner[r];
            var people = population[r];
            long outflow = 0, inflow = 0;
            for (var k = first; k < last; k++)
            {
                // Branch-free: the direction of the flow is as good as random, so a branch would be mispredicted half the
                // time. |there − here| is bit for bit the positive one of the two gaps (IEEE subtraction is exactly
                // antisymmetric), and a zero or NaN gap gives a flow of zero, as Flow's early return did.
                var n = neighbours[k];
                var gapOut = attractiveness[n] - here;
                var isOut = gapOut > 0;
                var mask = isOut ? -1L : 0L;
                var source = isOut ? people : population[n];
                var sourceDegree = isOut ? degree : offsets[n + 1] - offsets[n];
                var permeability = owner[n] == state ? 1.0 : border;
                var flow = (long)(source * (rate * Math.Min(Math.Abs(gapOut), maxGap) * permeability / sourceDegree));
                outflow += flow & mask;
                inflow += flow & ~mask;
            }

            migrantsOut[r] = outflow;
            migrantsIn[r] = inflow;
        }
    }

    private void Apply(int start, int end)
    {
        var regions = _world.Regions;
        var pop = regions.Population;
        var birthRate = regions.BirthRate;
        var deathRate = regions.DeathRate;
        var violentRate = regions.ViolentDeathRate;
        var birthCarry = regions.BirthCarry;
        var deathCarry = regions.DeathCarry;
        var violenceCarry = regions.ViolenceCarry;
        var migrantsOut = regions.MigrantsOut;
        var migrantsIn = regions.MigrantsIn;
        var birthsOut = regions.Births;
        var deathsOut = regions.Deaths;
        var violentOut = regions.ViolentDeaths;
        var displaced = regions.Displaced;
        for (var r = start; r < end; r++)
        {
            var p = pop[r];
            var births = Whole(p * birthRate[r] / 12.0, ref birthCarry[r]);
            var natural = Whole(p * deathRate[r] / 12.0, ref deathCarry[r]);
            var violent = Whole(p * violentRate[r] / 1e5 / 12.0, ref violenceCarry[r]);
            var leaving = migrantsOut[r];
            var available = p - leaving;
            violent = Math.Min(violent, available);
            natural = Math.Min(natural, available - violent);
            var deaths = natural + violent;
            birthsOut[r] = births;
            deathsOut[r] = deaths;
            violentOut[r] = violent;
            var next = p + births - deaths + migrantsIn[r] - leaving;
            pop[r] = next;
            if (displaced[r] > next)
            {
                displaced[r] = next;
            }
        }
    }

    /// <summary>Turns an expected number of people into a whole number, carrying the fraction forward.</summary>
    private static long Whole(double expected, ref double carry)
    {
        var total = expected + carry;
        var whole = (long)Math.Floor(total);
        carry = total - whole;
        return whole;
    }
}

using System.Runtime.Intrinsics;
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

    /// <summary>Each region's number of neighbours, as a double (the graph does not change during a run).</summary>
    private readonly double[] _degree;

    // The per-range bodies, created once rather than as a new delegate every tick.
    private readonly Action<int, int> _migration;
    private readonly Action<int, int> _apply;
    private readonly Action<int, int> _rates;

    public Demography(World world, DemographyParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(world);
        _world = world;
        _parameters = parameters;
        var offsets = world.Adjacency.Offsets;
        _degree = new double[world.Regions.Count];
        for (var r = 0; r < _degree.Length; r++)
        {
            _degree[r] = offsets[r + 1] - offsets[r];
        }

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
    /// floor(P_i · (((m/12) · min(gap, gap_max) · β_ij) / deg_i)) with gap = ln y_j − ln y_i, and zero unless the gap
    /// is positive. Along an edge at most one direction has a positive gap, so each neighbour costs one flow: out of
    /// the region when the neighbour is more attractive, into it when it is less. |y_n − y_r| is bit for bit the
    /// positive one of the two gaps (IEEE subtraction is exactly antisymmetric); a zero or NaN gap gives no flow.
    /// Flows are whole people, so their sums do not depend on the order of addition. Neighbours are taken eight at a
    /// time in vector lanes where the hardware has 512-bit vectors; every lane does the same IEEE operations, in the
    /// same order, as the scalar loop.
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
        var degrees = _degree;
        var migrantsOut = regions.MigrantsOut;
        var migrantsIn = regions.MigrantsIn;
        var rate = p.MigrationRate / 12.0;
        var maxGap = p.MigrationMaxGap;
        var border = p.BorderPermeability;
        var vectorised = Vector512.IsHardwareAccelerated;
        var vectorEnd = neighbours.Length - Vector512<long>.Count;
        for (var r = start; r < end; r++)
        {
            var first = offsets[r];
            var last = offsets[r + 1];
            var degree = degrees[r];
            var here = attractiveness[r];
            var state = owner[r];
            var people = population[r];
            long outflow = 0, inflow = 0;
            var k = first;
            if (vectorised)
            {
                for (; k < last && k <= vectorEnd; k += Vector512<long>.Count)
                {
                    var lanes = Vector512.LessThan(Vector512<long>.Indices, Vector512.Create((long)(last - k)));
                    int n0 = neighbours[k], n1 = neighbours[k + 1], n2 = neighbours[k + 2], n3 = neighbours[k + 3];
                    int n4 = neighbours[k + 4], n5 = neighbours[k + 5], n6 = neighbours[k + 6], n7 = neighbours[k + 7];
                    var there = Vector512.Create(
                        attractiveness[n0], attractiveness[n1], attractiveness[n2], attractiveness[n3],
                        attractiveness[n4], attractiveness[n5], attractiveness[n6], attractiveness[n7]);
                    var gapOut = there - Vector512.Create(here);
                    var isOut = Vector512.GreaterThan(gapOut, Vector512<double>.Zero).AsInt64();
                    var gap = Vector512.Abs(gapOut);
                    var flows = lanes & Vector512.GreaterThan(gap, Vector512<double>.Zero).AsInt64();
                    var source = Vector512.ConditionalSelect(isOut, Vector512.Create(people), Vector512.Create(
                        population[n0], population[n1], population[n2], population[n3],
                        population[n4], population[n5], population[n6], population[n7]));
                    var sourceDegree = Vector512.ConditionalSelect(isOut.AsDouble(), Vector512.Create(degree), Vector512.Create(
                        degrees[n0], degrees[n1], degrees[n2], degrees[n3], degrees[n4], degrees[n5], degrees[n6], degrees[n7]));
                    var sameOwner = Vector512.Equals(Vector512.Create(
                        (long)owner[n0], owner[n1], owner[n2], owner[n3], owner[n4], owner[n5], owner[n6], owner[n7]), Vector512.Create((long)state));
                    var permeability = Vector512.ConditionalSelect(sameOwner.AsDouble(), Vector512<double>.One, Vector512.Create(border));
                    var share = Vector512.Create(rate) * Vector512.Min(gap, Vector512.Create(maxGap)) * permeability / sourceDegree;
                    var flow = Vector512.ConvertToInt64(Vector512.ConvertToDouble(source) * share) & flows;
                    outflow += Vector512.Sum(flow & isOut);
                    inflow += Vector512.Sum(Vector512.AndNot(flow, isOut));
                }
            }

            for (; k < last; k++)
            {
                var n = neighbours[k];
                var gapOut = attractiveness[n] - here;
                var gap = Math.Abs(gapOut);
                if (!(gap > 0))
                {
                    continue;
                }

                var permeability = owner[n] == state ? 1.0 : border;
                if (gapOut > 0)
                {
                    outflow += (long)(people * (rate * Math.Min(gap, maxGap) * permeability / degree));
                }
                else
                {
                    inflow += (long)(population[n] * (rate * Math.Min(gap, maxGap) * permeability / degrees[n]));
                }
            }

            migrantsOut[r] = outflow;
            migrantsIn[r] = inflow;
        }
    }

    /// <summary>
    /// Births and deaths in whole people, and the new populations. Eight regions at a time where the hardware has
    /// 512-bit vectors: the lanes do the scalar loop's IEEE operations in the same order, and conversions between
    /// whole and real numbers behave as the scalar casts do (exact to double, saturating and truncating to long).
    /// </summary>
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
        var r = start;
        if (Vector512.IsHardwareAccelerated)
        {
            var months = Vector512.Create(12.0);
            var perHundredThousand = Vector512.Create(1e5);
            for (; r <= end - Vector512<long>.Count; r += Vector512<long>.Count)
            {
                var p = Vector512.Create<long>(pop.AsSpan(r));
                var people = Vector512.ConvertToDouble(p);
                var births = Whole(people * Vector512.Create<double>(birthRate.AsSpan(r)) / months, birthCarry.AsSpan(r));
                var natural = Whole(people * Vector512.Create<double>(deathRate.AsSpan(r)) / months, deathCarry.AsSpan(r));
                var violent = Whole(people * Vector512.Create<double>(violentRate.AsSpan(r)) / perHundredThousand / months, violenceCarry.AsSpan(r));
                var leaving = Vector512.Create<long>(migrantsOut.AsSpan(r));
                var available = p - leaving;
                violent = Vector512.Min(violent, available);
                natural = Vector512.Min(natural, available - violent);
                var deaths = natural + violent;
                births.CopyTo(birthsOut.AsSpan(r));
                deaths.CopyTo(deathsOut.AsSpan(r));
                violent.CopyTo(violentOut.AsSpan(r));
                var next = p + births - deaths + Vector512.Create<long>(migrantsIn.AsSpan(r)) - leaving;
                next.CopyTo(pop.AsSpan(r));
                Vector512.Min(Vector512.Create<long>(displaced.AsSpan(r)), next).CopyTo(displaced.AsSpan(r));
            }
        }

        for (; r < end; r++)
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

    /// <summary><see cref="Whole(double, ref double)"/> for eight regions.</summary>
    private static Vector512<long> Whole(Vector512<double> expected, Span<double> carry)
    {
        var total = expected + Vector512.Create<double>(carry);
        var whole = Vector512.ConvertToInt64(Vector512.Floor(total));
        (total - Vector512.ConvertToDouble(whole)).CopyTo(carry);
        return whole;
    }
}

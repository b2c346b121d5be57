using CsCheck;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Tests.Mechanisms;

using World = Westphalia.World;
using Westphalia.Events;

/// <summary>
/// Demography (docs/ODD.md §7.10): births, deaths and migration in whole people, stepped alone on worlds built by hand.
/// Steps in a month other than January keep the rates a test sets.
/// </summary>
public class DemographyTests
{
    /// <summary>A tick in June: Demography applies the rates in force and sets none.</summary>
    private static TickContext June(int year = 0, int threads = 1) => SmallWorlds.Tick((12 * year) + 5, threads: threads);

    [Fact]
    public void At_the_start_schooling_is_what_income_makes_typical_and_the_age_structure_is_the_stable_one()
    {
        var p = new DemographyParameters();
        var world = SmallWorlds.Grid(5, 1, 1, _ => 0);
        double[] incomes = [0, 500, 3_000, 20_000, 1e6];
        double[] lives = [0, 40, 60, 75, 82];
        incomes.CopyTo(world.Regions.IncomePerCapita, 0);
        lives.CopyTo(world.Regions.LifeExpectancy, 0);
        var demography = new Demography(world, p);
        Schedule.Run(demography, SmallWorlds.Tick(0));

        var regions = world.Regions;
        for (var r = 0; r < 5; r++)
        {
            var y = Math.Max(incomes[r], 1);
            var life = Math.Max(lives[r], 1);
            var schooling = Math.Clamp(p.SchoolingAtThousand + (p.SchoolingSlope * Math.Log(y / 1000)), 0, p.SchoolingMax);
            Assert.Equal(schooling, regions.Schooling[r], 1e-12);
            Assert.Equal(demography.BirthRate(y, schooling, life), regions.BirthRate[r], 1e-15);

            // d = c · exp(−θ g LE) / LE, and the stable population's growth g is births less deaths.
            var g = regions.AgeStructureGrowth[r];
            Assert.Equal(p.DeathRateScale * Math.Exp(-p.AgeStructureShare * g * life) / life, regions.DeathRate[r], 1e-15);
            if (r > 0)
            {
                Assert.Equal(regions.BirthRate[r] - regions.DeathRate[r], g, 1e-9);
            }
        }

        // Where schooling is as income makes it typical the index is income itself: midway at the midpoint income.
        var floor = p.FertilityFloorShare * p.DeathRateScale / 60;
        Assert.Equal((p.BirthRateMax + floor) / 2, demography.BirthRate(p.BirthRateHalfIncome, p.SchoolingAtThousand + (p.SchoolingSlope * Math.Log(p.BirthRateHalfIncome / 1000)), 60), 1e-12);

        // The poorest near b_max and growing fast with few deaths for their life expectancy; the richest near the floor
        // just below replacement, 0.9 c / LE, not b_min, and hardly growing.
        Assert.True(regions.BirthRate[1] > 0.038, $"{regions.BirthRate[1]}");
        Assert.InRange(regions.BirthRate[4], 0.9 * p.DeathRateScale / 82, (0.9 * p.DeathRateScale / 82) + 0.001);
        Assert.True(regions.AgeStructureGrowth[1] > 0.02 && regions.DeathRate[1] < 0.6 / 40, $"{regions.AgeStructureGrowth[1]} {regions.DeathRate[1]}");
        Assert.InRange(regions.AgeStructureGrowth[4], -0.002, 0.002);
    }

    [Fact]
    public void Womens_schooling_lowers_births_at_the_same_income_and_expands_toward_its_maximum_whatever_the_income()
    {
        var p = new DemographyParameters();
        var demography = new Demography(SmallWorlds.Grid(1, 1, 1, _ => 0), p);

        // Lutz & KC: four more years of schooling at $1,000 cut births by a fifth or more.
        var typical = demography.BirthRate(1_000, 3.2, 60);
        var schooled = demography.BirthRate(1_000, 7.2, 60);
        Assert.True(schooled < 0.8 * typical, $"{typical} {schooled}");
        Assert.True(demography.BirthRate(4_000, 3.2, 60) < typical);

        // A poor region whose income does not move: its schooling closes a share of the gap to the maximum each year,
        // and its births fall with it.
        var world = SmallWorlds.Grid(1, 1, 1, _ => 0);
        world.Regions.IncomePerCapita[0] = 800;
        world.Regions.LifeExpectancy[0] = 60;
        var mechanism = new Demography(world, p);
        Schedule.Run(mechanism, SmallWorlds.Tick(0));
        var s0 = world.Regions.Schooling[0];
        var b0 = world.Regions.BirthRate[0];
        for (var year = 1; year <= 30; year++)
        {
            Schedule.Run(mechanism, SmallWorlds.Tick(12 * year));
        }

        var expected = p.SchoolingMax - ((p.SchoolingMax - s0) * Math.Pow(1 - p.SchoolingExpansion, 30));
        Assert.Equal(expected, world.Regions.Schooling[0], 1e-9);
        Assert.True(world.Regions.BirthRate[0] < b0 - 0.005, $"{b0} -> {world.Regions.BirthRate[0]}");
    }

    [Fact]
    public void When_births_fall_deaths_rise_as_the_population_ages_over_a_generation()
    {
        var p = new DemographyParameters();
        var world = SmallWorlds.Grid(1, 1, 1, _ => 0);
        world.Regions.IncomePerCapita[0] = 600;
        world.Regions.LifeExpectancy[0] = 70;
        var mechanism = new Demography(world, p);
        Schedule.Run(mechanism, SmallWorlds.Tick(0));
        var young = world.Regions.DeathRate[0];

        // Income jumps: births fall at once toward the floor; deaths follow the age structure, slowly (from the second
        // January, which sees the first year's lower births).
        world.Regions.IncomePerCapita[0] = 1e6;
        Schedule.Run(mechanism, SmallWorlds.Tick(12));
        Schedule.Run(mechanism, SmallWorlds.Tick(24));
        var afterOne = world.Regions.DeathRate[0];
        for (var year = 3; year <= 60; year++)
        {
            Schedule.Run(mechanism, SmallWorlds.Tick(12 * year));
        }

        var old = world.Regions.DeathRate[0];
        Assert.True(afterOne > young && afterOne - young < 0.25 * (old - young), $"{young} {afterOne} {old}");

        // Sixty years on, births at the floor just below replacement: deaths have more than doubled, to about the
        // stationary population's c / LE, and natural growth is about nil.
        Assert.True(old > 2 * young && old > 0.9 * p.DeathRateScale / 70, $"{young} {old}");
        Assert.InRange(world.Regions.BirthRate[0] - old, -0.002, 0.0005);
    }

    [Fact]
    public void Births_and_deaths_are_whole_people_whose_sums_over_a_year_are_the_expected_numbers_to_within_one()
    {
        // Nineteen regions with equal incomes (no migration): sixteen in two blocks of eight, three alone, so that both the
        // vector and the scalar paths are checked. Region 0 has 37 people: about one birth a year, never a whole one in a
        // month, so without the carried fractions it would have none.
        const int n = 19;
        var world = SmallWorlds.Grid(n, 1, 1, _ => 0);
        var regions = world.Regions;
        for (var r = 0; r < n; r++)
        {
            regions.Population[r] = r == 0 ? 37 : 1_000 + (r * 654_321L);
            regions.BirthRate[r] = 0.01 + (0.002 * r);
            regions.DeathRate[r] = 0.005 + (0.0007 * r);
            regions.ViolentDeathRate[r] = 2 + (3.5 * r);
        }

        regions.BirthRate[0] = 0.03;
        world.AggregateStates();
        var demography = new Demography(world, new DemographyParameters());
        var births = new double[n];
        var natural = new double[n];
        var violent = new double[n];
        var counted = new long[3, n];
        for (var month = 0; month < 12; month++)
        {
            var before = (long[])regions.Population.Clone();
            for (var r = 0; r < n; r++)
            {
                births[r] += regions.Population[r] * regions.BirthRate[r] / 12;
                natural[r] += regions.Population[r] * regions.DeathRate[r] / 12;
                violent[r] += regions.Population[r] * regions.ViolentDeathRate[r] / 100_000 / 12;
            }

            Schedule.Run(demography, June());
            for (var r = 0; r < n; r++)
            {
                Assert.Equal(before[r] + regions.Births[r] - regions.Deaths[r], regions.Population[r]);
                counted[0, r] += regions.Births[r];
                counted[1, r] += regions.Deaths[r] - regions.ViolentDeaths[r];
                counted[2, r] += regions.ViolentDeaths[r];
            }
        }

        for (var r = 0; r < n; r++)
        {
            Assert.InRange(counted[0, r], births[r] - 1, births[r] + 1);
            Assert.InRange(counted[1, r], natural[r] - 1, natural[r] + 1);
            Assert.InRange(counted[2, r], violent[r] - 1, violent[r] + 1);
        }

        Assert.Equal(1, counted[0, 0]); // 37 · 0.03 = 1.11 births a year
    }

    [Fact]
    public void War_deaths_are_violent_deaths_and_no_more_die_than_there_are_people()
    {
        var world = SmallWorlds.Grid(3, 1, 1, _ => 0);
        var regions = world.Regions;
        Array.Fill(regions.Population, 10_000L);
        Array.Fill(regions.DeathRate, 0.012);
        regions.ConflictDeaths[0] = 250;
        regions.ConflictDeaths[1] = 1_000_000;
        regions.Displaced[1] = 5_000;
        world.AggregateStates();
        Schedule.Run(new Demography(world, new DemographyParameters { BirthRateMax = 0, BirthRateMin = 0 }), June());

        Assert.Equal((250L, 260L), (regions.ViolentDeaths[0], regions.Deaths[0])); // 10 natural deaths, 250 killed in war
        Assert.Equal((10_000L, 10_000L, 0L), (regions.ViolentDeaths[1], regions.Deaths[1], regions.Population[1]));
        Assert.Equal(0, regions.Displaced[1]); // the displaced it hosted are among the dead
        Assert.Equal(10_000 - 10, regions.Population[2]);
    }

    /// <summary>
    /// The month's migrants from i to j as docs/ODD.md §7.10 writes them: floor(P_i · ((μ / 12) · min(gap, gap_max) · β_ij / deg_i))
    /// when gap = Attractiveness_j − Attractiveness_i is positive, and none otherwise.
    /// </summary>
    private static long Flow(World world, DemographyParameters p, int i, int j)
    {
        var regions = world.Regions;
        var gap = regions.Attractiveness[j] - regions.Attractiveness[i];
        if (!(gap > 0))
        {
            return 0;
        }

        var permeability = regions.Owner[i] == regions.Owner[j] ? 1.0 : p.BorderPermeability;
        return (long)Math.Floor(regions.Population[i] * (p.MigrationRate / 12 * Math.Min(gap, p.MigrationMaxGap) * permeability / world.Adjacency.Degree(i)));
    }

    /// <summary>
    /// Grids up to 24 × 6 (rows of 17 and more hold blocks of eight regions done with vectors, and from three rows some
    /// blocks whose neighbours all have six neighbours too), three states; a quarter of the regions have a whole-number
    /// attractiveness, so that neighbours with no gap between them are common.
    /// </summary>
    private static readonly Gen<(int Width, int Height, int[] Owners, long[] People, double[] Attractiveness, double Rate, double MaxGap, double Border)> Grids =
        from width in Gen.Int[1, 24]
        from height in Gen.Int[1, 6]
        from owners in Gen.Int[0, 2].Array[width * height]
        from people in Gen.Long[0, 50_000_000].Array[width * height]
        from attractiveness in Gen.Frequency((3, Gen.Double[5, 12]), (1, Gen.Int[5, 7].Select(i => (double)i))).Array[width * height]
        from rate in Gen.Double[0, 0.5]
        from maxGap in Gen.Double[0, 3]
        from border in Gen.Double[0, 1]
        select (width, height, owners, people, attractiveness, rate, maxGap, border);

    [Fact]
    public void Migrants_move_only_toward_richer_neighbours_by_the_documented_flow_and_migration_conserves_people()
    {
        Grids.Sample(g =>
        {
            var p = new DemographyParameters { MigrationRate = g.Rate, MigrationMaxGap = g.MaxGap, BorderPermeability = g.Border, BirthRateMax = 0, BirthRateMin = 0 };
            var world = SmallWorlds.Grid(g.Width, g.Height, 3, r => g.Owners[r]);
            var regions = world.Regions;
            g.People.CopyTo(regions.Population, 0);
            g.Attractiveness.CopyTo(regions.Attractiveness, 0);
            world.AggregateStates();
            var before = (long[])regions.Population.Clone();
            var outflow = new long[regions.Count];
            var inflow = new long[regions.Count];
            for (var r = 0; r < regions.Count; r++)
            {
                foreach (var j in world.Adjacency.Of(r))
                {
                    var there = Flow(world, p, r, j);
                    var back = Flow(world, p, j, r);
                    Assert.True(there == 0 || back == 0, "at most one direction of an edge carries migrants");
                    Assert.True(there == 0 || regions.Attractiveness[j] > regions.Attractiveness[r], "migrants go to the richer side");
                    outflow[r] += there;
                    inflow[r] += back;
                }
            }

            Schedule.Run(new Demography(world, p), June());
            Assert.Equal(outflow, regions.MigrantsOut);
            Assert.Equal(inflow, regions.MigrantsIn);
            for (var r = 0; r < regions.Count; r++)
            {
                Assert.Equal(before[r] + inflow[r] - outflow[r], regions.Population[r]);
            }

            Assert.Equal(regions.MigrantsOut.Sum(), regions.MigrantsIn.Sum());
            Assert.Equal(before.Sum(), regions.Population.Sum());
        }, iter: 300);
    }

    [Fact]
    public void Migration_across_a_border_is_the_border_permeability_times_migration_within_a_state()
    {
        // Two separate pairs of regions with the same people and the same gap of one log point, one pair inside a state
        // and one across a border: 10^6 · 0.012 / 12 = 1,000 move inside the state a month, a tenth of that across.
        foreach (var border in new[] { 0.0, 0.1, 0.37, 1.0 })
        {
            var p = new DemographyParameters { MigrationRate = 0.012, BorderPermeability = border, BirthRateMax = 0, BirthRateMin = 0 };
            var world = SmallWorlds.Graph([0, 0, 0, 1], 2, (0, 1), (2, 3));
            var regions = world.Regions;
            Array.Fill(regions.Population, 1_000_000L);
            regions.Attractiveness[0] = regions.Attractiveness[2] = 8;
            regions.Attractiveness[1] = regions.Attractiveness[3] = 9;
            world.AggregateStates();
            Schedule.Run(new Demography(world, p), June());

            var within = regions.MigrantsOut[0];
            var across = regions.MigrantsOut[2];
            Assert.InRange(within, 999, 1_000);
            Assert.InRange(across, Math.Floor(border * within) - 1, Math.Floor(border * within) + 1);
            Assert.Equal((within, across), (regions.MigrantsIn[1], regions.MigrantsIn[3]));
            Assert.Equal((0L, 0L), (regions.MigrantsOut[1], regions.MigrantsOut[3]));
        }
    }

    [Fact]
    public void Migration_rises_with_the_income_gap_up_to_its_maximum()
    {
        var p = new DemographyParameters { MigrationRate = 0.012, MigrationMaxGap = 1.5, BirthRateMax = 0, BirthRateMin = 0 };
        var world = SmallWorlds.Graph([0, 0, 0, 0, 0, 0], 1, (0, 1), (2, 3), (4, 5));
        var regions = world.Regions;
        Array.Fill(regions.Population, 1_000_000L);
        double[] attractiveness = [8, 8.5, 8, 9.5, 8, 12]; // gaps of 0.5, 1.5 and 4
        attractiveness.CopyTo(regions.Attractiveness, 0);
        world.AggregateStates();
        Schedule.Run(new Demography(world, p), June());
        Assert.InRange(regions.MigrantsOut[0], 499, 500);
        Assert.InRange(regions.MigrantsOut[2], 1_499, 1_500);
        Assert.Equal(regions.MigrantsOut[2], regions.MigrantsOut[4]);
    }

    [Fact]
    public void Births_are_held_back_in_the_same_proportion_everywhere_so_that_the_world_never_passes_its_population_ceiling()
    {
        // 99.9 billion people at the highest birth rate, no deaths: a month's births, about 375 million, would pass the
        // ceiling of 10^11 by far; only the room left, about 100 million, is born, everywhere in the same proportion.
        var world = SmallWorlds.Grid(3, 1, 2, r => r % 2);
        var regions = world.Regions;
        long[] people = [40_000_000_000, 30_000_000_000, 29_900_000_000];
        people.CopyTo(regions.Population, 0);
        Array.Fill(regions.BirthRate, 0.045);
        world.AggregateStates();
        var events = new List<SimulationEvent>();
        var bus = new EventBus();
        bus.Subscribe(events.Add);
        var demography = new Demography(world, new DemographyParameters(), bus);
        Schedule.Run(demography, June());

        Assert.InRange(regions.Population.Sum(), 1e11 - 10, 1e11);
        var factor = (1e11 - people.Sum() - 3) / (people.Sum() * 0.045 / 12);
        for (var r = 0; r < 3; r++)
        {
            var expected = people[r] * 0.045 / 12;
            Assert.InRange(regions.Births[r], Math.Floor(factor * expected) - 1, Math.Floor(factor * expected) + 1);
        }

        var logged = Assert.Single(events);
        Assert.Equal((Demography.PopulationCeilingReached, 1e11), (logged.Type, logged.Value));

        // At the ceiling births stop, and the event is not logged again.
        var later = new List<long>();
        for (var month = 1; month < 12; month++)
        {
            world.AggregateStates();
            Schedule.Run(demography, June());
            Assert.True(regions.Population.Sum() <= 100_000_000_000);
            later.Add(regions.Births.Sum());
        }

        // The room left (the ceiling less the people and one carried person per region) is at most a few people.
        Assert.InRange(later.Sum(), 0, 3);
        Assert.All(later.Skip(3), b => Assert.Equal(0, b));
        Assert.Single(events);
    }

    [Fact]
    public void Results_do_not_depend_on_the_number_of_threads()
    {
        // 100 × 100 = 10,000 regions: three ranges of 4,096, so four threads really split the work; two Januaries.
        static World Run(int threads)
        {
            var world = SmallWorlds.Grid(100, 100, 37, r => (r / 7) % 37);
            var regions = world.Regions;
            var rng = new CounterRng(5);
            for (var r = 0; r < regions.Count; r++)
            {
                regions.Population[r] = 1_000 + (long)(5_000_000 * rng.Uniform(0, RngStream.WorldGeneration, r));
                regions.IncomePerCapita[r] = 300 + (80_000 * rng.Uniform(0, RngStream.WorldGeneration, r, 1));
                regions.Attractiveness[r] = Math.Log(regions.IncomePerCapita[r]);
                regions.LifeExpectancy[r] = 45 + (35 * rng.Uniform(0, RngStream.WorldGeneration, r, 2));
                regions.ViolentDeathRate[r] = 30 * rng.Uniform(0, RngStream.WorldGeneration, r, 3);
            }

            var demography = new Demography(world, new DemographyParameters { MigrationRate = 0.05 });
            for (var t = 0; t < 14; t++)
            {
                world.AggregateStates();
                Schedule.Run(demography, SmallWorlds.Tick(t, threads: threads));
            }

            return world;
        }

        var one = Run(1).Regions;
        var four = Run(4).Regions;
        Assert.Equal(one.Population, four.Population);
        Assert.Equal(one.Births, four.Births);
        Assert.Equal(one.Deaths, four.Deaths);
        Assert.Equal(one.MigrantsOut, four.MigrantsOut);
        Assert.Equal(one.BirthCarry, four.BirthCarry);
        Assert.Equal(one.DeathCarry, four.DeathCarry);
    }

    /// <summary>
    /// Worlds for the sweep: a grid up to 61 × 40 (4-neighbourhood; rows of 17 and more hold vector blocks), or the
    /// same regions joined by random edges, some between far-apart regions (a reach of up to the whole world); random
    /// people (some zero), incomes, rates, carried fractions, war deaths and displaced; one to three threads; sweeps
    /// that apply 8 to 128 regions at a time, so that every lag between migration and apply is met.
    /// </summary>
    private static readonly Gen<(int Width, int Height, (int A, int B)[]? Edges, ulong Seed, int Threads, int Step)> SweepWorlds =
        from width in Gen.Int[1, 61]
        from height in Gen.Int[1, 40]
        from irregular in Gen.Bool
        from edges in Gen.Select(Gen.Int[0, (width * height) - 1], Gen.Int[0, (width * height) - 1]).Array[0, 3 * width * height]
        from seed in Gen.ULong
        from threads in Gen.Int[1, 3]
        from step in Gen.Int[1, 16]
        select (width, height, irregular ? edges : null, seed, threads, step * 8);

    private static World SweepWorld(int width, int height, (int A, int B)[]? edges, ulong seed)
    {
        var n = width * height;
        var world = edges is null
            ? SmallWorlds.Grid(width, height, 4, r => (r / 5) % 4)
            : SmallWorlds.Graph([.. Enumerable.Range(0, n).Select(r => (r / 5) % 4)], 4, edges);
        var regions = world.Regions;
        var rng = new CounterRng(seed);
        for (var r = 0; r < n; r++)
        {
            double U(uint k) => rng.Uniform(0, RngStream.WorldGeneration, r, k);
            regions.Population[r] = U(0) < 0.05 ? 0 : (long)(10_000_000 * U(1));
            regions.Attractiveness[r] = Math.Log(300 + (80_000 * U(2)));
            regions.BirthRate[r] = 0.05 * U(3);
            regions.DeathRate[r] = 0.03 * U(4);
            regions.ViolentDeathRate[r] = 50 * U(5);
            regions.BirthCarry[r] = U(6);
            regions.DeathCarry[r] = U(7);
            regions.ViolenceCarry[r] = U(8);
            regions.ConflictDeaths[r] = U(9) < 0.1 ? (long)(20_000_000 * U(10)) : 0;
            regions.Displaced[r] = U(11) < 0.2 ? (long)(5_000_000 * U(12)) : 0;
        }

        world.AggregateStates();
        return world;
    }

    [Fact]
    public void On_any_graph_each_region_s_migrants_are_the_documented_flows_to_and_from_its_neighbours()
    {
        // Random graphs put most blocks of eight regions off the grid's pattern (their neighbours gathered lane by lane),
        // and some regions have more neighbours than a vector block takes (the scalar loop).
        SweepWorlds.Sample(w =>
        {
            var world = SweepWorld(w.Width, w.Height, w.Edges, w.Seed);
            var p = new DemographyParameters { MigrationRate = 0.5, MigrationMaxGap = 3, BorderPermeability = 0.3 };
            var regions = world.Regions;
            var outflow = new long[regions.Count];
            var inflow = new long[regions.Count];
            for (var r = 0; r < regions.Count; r++)
            {
                foreach (var j in world.Adjacency.Of(r))
                {
                    outflow[r] += Flow(world, p, r, j);
                    inflow[r] += Flow(world, p, j, r);
                }
            }

            new Demography(world, p).Step(June(threads: w.Threads));
            Assert.Equal(outflow, regions.MigrantsOut);
            Assert.Equal(inflow, regions.MigrantsIn);
        }, iter: 150);
    }

    [Fact]
    public void One_sweep_of_migration_births_and_deaths_gives_the_bits_of_two_passes_on_any_graph_and_any_number_of_threads()
    {
        SweepWorlds.Sample(w =>
        {
            var twoPasses = SweepWorld(w.Width, w.Height, w.Edges, w.Seed);
            var swept = SweepWorld(w.Width, w.Height, w.Edges, w.Seed);
            var parameters = new DemographyParameters { MigrationRate = 0.5, MigrationMaxGap = 3 };
            var reference = new Demography(twoPasses, parameters) { TwoPasses = true };
            var sweep = new Demography(swept, parameters) { SweepStep = w.Step };
            for (var month = 0; month < 3; month++)
            {
                reference.Step(June(threads: w.Threads));
                sweep.Step(June(threads: w.Threads));
                twoPasses.AggregateStates();
                swept.AggregateStates();
            }

            var (a, b) = (twoPasses.Regions, swept.Regions);
            Assert.Equal(a.MigrantsOut, b.MigrantsOut);
            Assert.Equal(a.MigrantsIn, b.MigrantsIn);
            Assert.Equal(a.Population, b.Population);
            Assert.Equal(a.Births, b.Births);
            Assert.Equal(a.Deaths, b.Deaths);
            Assert.Equal(a.ViolentDeaths, b.ViolentDeaths);
            Assert.Equal(a.Displaced, b.Displaced);
            Assert.Equal(a.BirthCarry.Select(BitConverter.DoubleToInt64Bits), b.BirthCarry.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(a.DeathCarry.Select(BitConverter.DoubleToInt64Bits), b.DeathCarry.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(a.ViolenceCarry.Select(BitConverter.DoubleToInt64Bits), b.ViolenceCarry.Select(BitConverter.DoubleToInt64Bits));
        }, iter: 150);
    }
}

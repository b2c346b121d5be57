using CsCheck;
using Westphalia.Mechanisms;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

using World = Westphalia.World;

/// <summary>
/// War damage and displacement (docs/ODD.md §7.6). A small world is run with civil wars begun by hand; then the mechanism
/// is stepped alone on it, with the regions fought over as the last Civil war phase left them, and what it did is checked
/// against the ODD's equations written out here.
/// </summary>
public class WarEffectsTests
{
    /// <summary>Civil wars that neither end nor spread by themselves, no interstate war.</summary>
    private static readonly string[] LastingCivilWars =
    [
        "parameters.interstate_war.enabled=false", "parameters.civil_war.constant=-50", "parameters.civil_war.settlement=0",
        "parameters.civil_war.victory=0", "parameters.civil_war.secession=0", "parameters.civil_war.defeat_fighters=0",
        "parameters.civil_war.patrons=0",
    ];

    /// <summary>A 14 × 12 world of five states, civil wars begun in states 0 and 1 at the first tick, run for some months.</summary>
    private static Simulation AtWar(int months, params string[] extra)
    {
        var sim = new Simulation(TestWorlds.Grid(14, 12, states: 5, seed: 3, years: 20, extra: [.. LastingCivilWars, .. extra]));
        sim.CivilWar.Begin(0, sim.ContextFor(0));
        sim.CivilWar.Begin(1, sim.ContextFor(0));
        Run(sim, months);
        return sim;
    }

    private static void Run(Simulation sim, int months)
    {
        for (var t = 0; t < months; t++)
        {
            sim.Step();
        }
    }

    /// <summary>Ends every civil war (victory at once) and runs until none is left.</summary>
    private static void MakePeace(Simulation sim)
    {
        sim.Scenario.Parameters.CivilWar.Victory = 1;
        for (var t = 0; t < 36 && sim.CivilWar.Conflicts.Any(w => w.IsOngoing); t++)
        {
            sim.Step();
        }

        Assert.All(sim.CivilWar.Conflicts, w => Assert.False(w.IsOngoing));
        Assert.Empty(sim.World.Fighting.CivilWarRegions);
    }

    /// <summary>Steps the mechanism alone, as the next month, on the world as it is.</summary>
    private static void StepAlone(Simulation sim) => sim.WarEffects.Step(sim.ContextFor(sim.Tick));

    /// <summary>
    /// The marks of docs/ODD.md §7.6: 2 for the regions fought over, 1 next to them, 3 for every other region of a state at
    /// civil war and of the states bordering one, 0 elsewhere.
    /// </summary>
    private static byte[] Marks(Simulation sim)
    {
        var world = sim.World;
        var marks = new byte[world.Regions.Count];
        foreach (var r in sim.World.Fighting.CivilWarRegions.Concat(sim.World.Fighting.Battlefields))
        {
            marks[r] = 2;
        }

        for (var r = 0; r < marks.Length; r++)
        {
            foreach (var n in world.Adjacency.Of(r))
            {
                if (marks[r] == 0 && marks[n] == 2)
                {
                    marks[r] = 1;
                }
            }
        }

        var graph = StateGraph.Current(world);
        for (var s = 0; s < world.States.Count; s++)
        {
            if (world.States.Alive[s] && world.States.CivilWar[s] >= 0)
            {
                foreach (var state in graph.Neighbours(s).ToArray().Append(s))
                {
                    foreach (var r in world.States.RegionsOf(state))
                    {
                        marks[r] = marks[r] == 0 ? (byte)3 : marks[r];
                    }
                }
            }
        }

        return marks;
    }

    /// <summary>Each region's war damage after a month, by §7.6.1, from its damage before and its mark.</summary>
    private static double[] Damaged(WarEffectsParameters p, byte[] marks, double[] damage)
    {
        var rebuild = Math.Exp(-1 / (12 * p.RecoveryYears));
        return [.. damage.Select((d, r) => marks[r] switch
        {
            2 => d + ((1 - d) * p.Destruction / 12),
            1 => d + ((1 - d) * p.Destruction * p.NeighbourDestruction / 12),
            3 => d + ((1 - d) * p.Destruction * p.NeighbourStateDestruction / 12),
            _ => d * rebuild < 1e-6 ? 0 : d * rebuild,
        })];
    }

    /// <summary>Displacement records as a dictionary (origin, host) → people.</summary>
    private static SortedDictionary<(int Origin, int Host), long> Records(Simulation sim) =>
        new(sim.WarEffects.Displacement.ToDictionary(d => (d.Origin, d.Host), d => d.People));

    [Fact]
    public void War_damage_grows_where_there_is_fighting_less_next_to_it_least_elsewhere_in_a_state_at_or_next_to_civil_war_and_income_moves_with_it()
    {
        // No one flees, so income per capita changes by the damage alone.
        var sim = AtWar(6, "parameters.war_effects.flight=0", "parameters.war_effects.return=0");
        var p = sim.Scenario.Parameters.WarEffects;
        var regions = sim.World.Regions;
        var marks = Marks(sim);
        Assert.All(new byte[] { 0, 1, 2, 3 }, m => Assert.Contains(m, marks));
        var damage = (double[])regions.WarDamage.Clone();
        var income = (double[])regions.IncomePerCapita.Clone();
        var people = (long[])regions.Population.Clone();
        var expected = Damaged(p, marks, damage);
        StepAlone(sim);

        for (var r = 0; r < regions.Count; r++)
        {
            Assert.Equal(expected[r], regions.WarDamage[r], 1e-15);
            Assert.Equal(income[r] * (1 - expected[r]) / (1 - damage[r]), regions.IncomePerCapita[r], income[r] * 1e-13);
        }

        Assert.Equal(people, regions.Population);

        // A year of it (the fighting held where it was): each month takes its share of what is left, and with the defaults
        // a year destroys what docs/ODD.md §7.6.1 says, about 9.5% of what is left where there is fighting, 2.5% next to it
        // and 0.5% elsewhere in a state at or next to a civil war.
        damage = (double[])regions.WarDamage.Clone();
        for (var month = 0; month < 12; month++)
        {
            StepAlone(sim);
        }

        (byte Mark, double Monthly, double Documented)[] years =
        [
            (2, p.Destruction / 12, 0.095), (1, p.Destruction * p.NeighbourDestruction / 12, 0.025),
            (3, p.Destruction * p.NeighbourStateDestruction / 12, 0.005),
        ];
        foreach (var (mark, monthly, documented) in years)
        {
            foreach (var r in Enumerable.Range(0, regions.Count).Where(r => marks[r] == mark))
            {
                var left = (1 - regions.WarDamage[r]) / (1 - damage[r]);
                Assert.Equal(Math.Pow(1 - monthly, 12), left, 1e-12);
                Assert.Equal(documented, 1 - left, 0.001);
            }
        }
    }

    [Fact]
    public void In_peace_war_damage_is_rebuilt_falling_by_the_factor_e_in_the_recovery_time_and_income_with_it()
    {
        var sim = AtWar(24, "parameters.war_effects.flight=0", "parameters.war_effects.return=0", "parameters.war_effects.recovery_years=3");
        MakePeace(sim);
        var regions = sim.World.Regions;
        var damage = (double[])regions.WarDamage.Clone();
        var income = (double[])regions.IncomePerCapita.Clone();
        Assert.Contains(damage, d => d > 0.05);
        for (var month = 0; month < 36; month++)
        {
            StepAlone(sim);
        }

        for (var r = 0; r < regions.Count; r++)
        {
            var left = regions.WarDamage[r];
            if (damage[r] / Math.E > 2e-6)
            {
                Assert.Equal(damage[r] / Math.E, left, damage[r] * 1e-12);
            }
            else if (damage[r] / Math.E < 1e-6)
            {
                Assert.Equal(0, left); // below 10^−6 damage counts as rebuilt
            }

            // Income regains exactly what was lost: the undamaged income y / (1 − D) does not change.
            Assert.Equal(income[r] / (1 - damage[r]), regions.IncomePerCapita[r] / (1 - left), income[r] * 1e-12);
        }
    }

    [Fact]
    public void People_flee_the_fighting_at_the_documented_rate_to_the_richest_neighbouring_region_abroad_at_peace_or_at_home()
    {
        // Brutal wars, no flight until now (so no carried fractions and no one displaced yet); then flight is switched on
        // and one month of it is computed here as §7.6.2 describes it, region by region in ascending id.
        var sim = AtWar(4, "parameters.war_effects.flight=0", "parameters.civil_war.government_violence=3000", "parameters.civil_war.brutality_sd=0",
            "doctrines.balanced.protection=0");
        var p = sim.Scenario.Parameters.WarEffects;
        p.Flight = 0.5;
        var world = sim.World;
        var regions = world.Regions;
        var states = world.States;
        var marks = Marks(sim);
        Assert.Empty(Records(sim));
        var before = (long[])regions.Population.Clone();
        var people = (long[])regions.Population.Clone();

        // War damage is done first, and the richest neighbour is the richest after it.
        var damage = Damaged(p, marks, regions.WarDamage);
        var income = regions.IncomePerCapita.Select((y, r) => y * (1 - damage[r]) / (1 - regions.WarDamage[r])).ToArray();
        var expected = new SortedDictionary<(int Origin, int Host), long>();
        int killing = 0, abroad = 0;
        foreach (var r in sim.World.Fighting.CivilWarRegions.Order())
        {
            var residents = people[r] - regions.Displaced[r];
            var killed = 12.0 * 1000 * sim.World.Fighting.CiviliansKilled[r] / Math.Max(people[r], 1);
            var rate = Math.Min(0.2, p.Flight / 12 * (1 + (p.FlightPerKilling * killed)));
            var fleeing = (long)Math.Floor(rate * residents);
            killing += killed > 0 ? 1 : 0;
            if (residents <= 0 || fleeing <= 0)
            {
                continue;
            }

            int owner = regions.Owner[r], away = -1, home = -1;
            foreach (var n in world.Adjacency.Of(r))
            {
                var o = regions.Owner[n];
                var enemy = states.CurrentWar[owner] >= 0 && states.CurrentWar[o] == states.CurrentWar[owner] && !states.Allied(o, owner);
                if (o != owner && !enemy && states.CivilWar[o] < 0 && marks[n] != 2)
                {
                    away = away < 0 || income[n] > income[away] ? n : away;
                }
                else if (o == owner && marks[n] is 0 or 3)
                {
                    home = home < 0 || income[n] > income[home] ? n : home;
                }
            }

            var refugees = away >= 0 ? (long)Math.Floor(fleeing * p.RefugeeShare) : 0;
            abroad += refugees > 0 ? 1 : 0;
            Move(r, away, refugees);
            Move(r, home >= 0 ? home : r, fleeing - refugees);

            void Move(int from, int host, long moving)
            {
                if (moving <= 0 || host < 0)
                {
                    return;
                }

                if (host != from)
                {
                    var before = people[host];
                    people[from] -= moving;
                    people[host] += moving;
                    income[host] *= before / (double)people[host];
                }

                expected[(from, host)] = expected.GetValueOrDefault((from, host)) + moving;
            }
        }

        Assert.True(killing > 0, "civilians were killed in some region fought over");
        Assert.True(abroad > 0, "some fled abroad");
        var total = regions.Population.Sum();
        StepAlone(sim);

        Assert.Equal(expected, Records(sim));
        Assert.Equal(people, regions.Population);
        Assert.Equal(total, regions.Population.Sum());
        for (var r = 0; r < regions.Count; r++)
        {
            Assert.Equal(people[r] - before[r], regions.DisplacedIn[r] - regions.DisplacedOut[r]);
            // The hosts' income per capita is diluted by the people who arrived; the origins' is unchanged.
            Assert.Equal(income[r], regions.IncomePerCapita[r], income[r] * 1e-12);
            Assert.Equal(Math.Min(people[r], expected.Where(e => e.Key.Host == r).Sum(e => e.Value)), regions.Displaced[r]);
        }
    }

    /// <summary>People who flee regions where civilians were killed this month, the mechanism stepped alone.</summary>
    private static long FleeingWhereKilled(double flightPerKilling)
    {
        var sim = AtWar(4, "parameters.war_effects.flight=0", "parameters.civil_war.government_violence=3000", "parameters.civil_war.brutality_sd=0",
            "doctrines.balanced.protection=0");
        sim.Scenario.Parameters.WarEffects.Flight = 0.5;
        sim.Scenario.Parameters.WarEffects.FlightPerKilling = flightPerKilling;
        var killed = sim.World.Fighting.CiviliansKilled.ToArray();
        Assert.Contains(killed, k => k > 0);
        StepAlone(sim);
        return Records(sim).Where(d => killed[d.Key.Origin] > 0).Sum(d => d.Value);
    }

    [Fact]
    public void More_people_flee_where_civilians_are_killed()
    {
        // The same world, wars and month, with and without the killing term of the flight rate.
        var without = FleeingWhereKilled(0);
        var with = FleeingWhereKilled(2);
        Assert.True(without > 0);
        Assert.True(with > without, $"{with:N0} fled where civilians were killed with the killing term, {without:N0} without");
    }

    [Fact]
    public void Once_their_region_is_at_peace_the_displaced_go_home_a_share_a_month_and_at_least_one_person()
    {
        var sim = AtWar(12, "parameters.war_effects.flight=0.5");
        MakePeace(sim);
        var p = sim.Scenario.Parameters.WarEffects;
        var regions = sim.World.Regions;
        Assert.Contains(Records(sim), d => d.Key.Origin != d.Key.Host);

        // Years of peace, until some record holds fewer people than one person's share a month (60): one of them goes.
        for (var month = 0; month < 1_000 && !Records(sim).Any(d => d.Value < 12 / p.Return); month++)
        {
            StepAlone(sim);
        }

        var records = Records(sim);
        Assert.Contains(records, d => d.Value < 12 / p.Return);
        Assert.Contains(records, d => d.Key.Origin != d.Key.Host);
        var marks = Marks(sim);
        Assert.All(marks, m => Assert.Equal(0, m));
        var before = (long[])regions.Population.Clone();
        var people = (long[])regions.Population.Clone();
        var damage = Damaged(p, marks, regions.WarDamage);
        var income = regions.IncomePerCapita.Select((y, r) => y * (1 - damage[r]) / (1 - regions.WarDamage[r])).ToArray();

        // §7.6.3, record by record in ascending (origin, host).
        var expected = new SortedDictionary<(int Origin, int Host), long>();
        foreach (var ((origin, host), displaced) in records)
        {
            var going = Math.Min(displaced, (long)Math.Ceiling(p.Return / 12 * displaced));
            var left = displaced - going;
            if (host != origin)
            {
                if (people[host] < going)
                {
                    (going, left) = (people[host], 0);
                }

                var present = people[host];
                people[host] -= going;
                people[origin] += going;
                if (present > 0 && people[host] > 0)
                {
                    income[host] *= present / (double)people[host];
                }
            }

            if (left > 0)
            {
                expected[(origin, host)] = left;
            }
        }

        StepAlone(sim);
        Assert.Equal(expected, Records(sim));
        Assert.Equal(people, regions.Population);
        Assert.Equal(before.Sum(), regions.Population.Sum());
        for (var r = 0; r < regions.Count; r++)
        {
            Assert.Equal(people[r] - before[r], regions.DisplacedIn[r] - regions.DisplacedOut[r]);
            Assert.Equal(income[r], regions.IncomePerCapita[r], income[r] * 1e-12);
            Assert.Equal(Math.Min(people[r], expected.Where(e => e.Key.Host == r).Sum(e => e.Value)), regions.Displaced[r]);
        }
    }

    /// <summary>
    /// One month of damage as docs/ODD.md §7.6 writes it, one region at a time: the reference for the pass over all
    /// regions, which runs eight regions at a time where the hardware has 512-bit lanes.
    /// </summary>
    private static int DamageOneByOne(byte[] mark, bool[] tracked, double[] damage, double[] income, WarEffects.DamageRates rates)
    {
        var change = 0;
        for (var r = 0; r < mark.Length; r++)
        {
            if (mark[r] == 0 && !tracked[r])
            {
                continue;
            }

            var before = damage[r];
            var share = mark[r] switch { 1 => rates.Near, 2 => rates.Destroy, 3 => rates.NextDoor, _ => double.NaN };
            var rebuilt = before * rates.Rebuild;
            var after = mark[r] != 0 ? before + ((1 - before) * share) : rebuilt < 1e-6 ? 0 : rebuilt;
            damage[r] = after;
            income[r] = income[r] * ((1 - after) / (1 - before));
            if (tracked[r] != (after != 0))
            {
                tracked[r] = after != 0;
                change += after != 0 ? 1 : -1;
            }
        }

        return change;
    }

    [Fact]
    public void The_damage_pass_in_vector_lanes_gives_the_bits_of_one_region_at_a_time_and_keeps_the_tracked_count()
    {
        // Marks in runs (as whole states are marked), damage 0, tiny (rebuilt to 0 at once) or up to 1, incomes of any size.
        var region = Gen.Select(Gen.Byte[0, 3], Gen.Bool, Gen.OneOf(Gen.Const(0.0), Gen.Double[0, 2e-6], Gen.Double[0, 1]), Gen.Double[0, 1e6]);
        var runs = Gen.Select(region, Gen.Int[1, 12]).Array[0, 40];
        var rates = Gen.Select(Gen.Double[0, 0.1], Gen.Double[0, 1], Gen.Double[0, 1], Gen.Double[0.9, 1])
            .Select((d, near, next, rebuild) => new WarEffects.DamageRates(d, d * near, d * next, rebuild));
        Gen.Select(runs, rates).Sample((blocks, rate) =>
        {
            var cells = blocks.SelectMany(b => Enumerable.Repeat(b.Item1, b.Item2)).ToArray();
            var mark = cells.Select(c => c.Item1).ToArray();
            var tracked = cells.Select(c => c.Item2).ToArray();
            var damage = cells.Select(c => c.Item3).ToArray();
            var income = cells.Select(c => c.Item4).ToArray();
            var (expectedTracked, expectedDamage, expectedIncome) = ((bool[])tracked.Clone(), (double[])damage.Clone(), (double[])income.Clone());
            var expectedChange = DamageOneByOne(mark, expectedTracked, expectedDamage, expectedIncome, rate);
            Assert.Equal(expectedTracked.Count(t => t), tracked.Count(t => t) + expectedChange);
            foreach (var widest in new[] { 1, 8 })
            {
                var (t, d, y) = ((bool[])tracked.Clone(), (double[])damage.Clone(), (double[])income.Clone());
                var change = WarEffects.DamageRegions(mark, t, d, y, rate, widest);
                Assert.Equal(expectedChange, change);
                Assert.Equal(expectedTracked, t);
                Assert.Equal(expectedDamage.Select(BitConverter.DoubleToInt64Bits), d.Select(BitConverter.DoubleToInt64Bits));
                Assert.Equal(expectedIncome.Select(BitConverter.DoubleToInt64Bits), y.Select(BitConverter.DoubleToInt64Bits));
            }
        }, iter: 2000);
    }

    [Fact]
    public void The_marks_kept_from_month_to_month_equal_the_marks_built_afresh_after_any_sequence_of_wars_fighting_and_conquests()
    {
        // Between months: civil wars begin and end, regions are fought over or not, regions change hands (with the
        // membership index rebuilt at once or later), or the run is restored from a checkpoint.
        var sim = new Simulation(TestWorlds.Grid(20, 16, states: 12, seed: 3, years: 20, extra: [.. LastingCivilWars]));
        sim.CivilWar.Begin(0, sim.ContextFor(0));
        Run(sim, 3);
        var world = sim.World;
        using var saved = new MemoryStream();
        sim.Save(saved);
        var checkpoint = saved.ToArray();
        var n = world.Regions.Count;
        var events = Gen.Select(Gen.Int[0, 5], Gen.Int[0, n - 1], Gen.Int[0, 5]).Array[1, 6].Array[1, 8];
        events.Sample(months =>
        {
            sim.Restore(new MemoryStream(checkpoint));

            // From peace, so that a war marks some states and not others.
            Array.Fill(world.States.CivilWar, -1);
            foreach (var month in months)
            {
                foreach (var (kind, region, other) in month)
                {
                    var owner = world.Regions.Owner[region];
                    switch (kind)
                    {
                        case 0:
                            world.States.CivilWar[owner] = world.States.CivilWar[owner] >= 0 ? -1 : 0;
                            break;
                        case 1:
                            world.Fighting.CivilWarRegions.Add(region);
                            break;
                        case 2:
                            world.Fighting.Battlefields.Add(region);
                            break;
                        case 3:
                            world.Fighting.CivilWarRegions.Clear();
                            world.Fighting.Battlefields.Clear();
                            if (other % 2 == 0)
                            {
                                world.RefreshMembership();
                            }

                            break;
                        case 4:
                            var abroad = world.Adjacency.Of(region).ToArray().Where(x => world.Regions.Owner[x] != owner).ToArray();
                            if (abroad.Length > 0)
                            {
                                world.TransferRegion(region, world.Regions.Owner[abroad[other % abroad.Length]]);
                            }

                            if (other % 2 == 0)
                            {
                                world.RefreshMembership();
                            }

                            break;
                        default:
                            sim.Restore(new MemoryStream(checkpoint));
                            break;
                    }
                }

                StepAlone(sim);
                Assert.Equal(Marks(sim), sim.WarEffects.Marks.ToArray());
            }
        }, iter: 100, threads: 1);
    }
}

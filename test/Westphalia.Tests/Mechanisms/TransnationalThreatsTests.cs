using CsCheck;
using Westphalia.Conflict;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Observers;
using Westphalia.Parameters;
using Westphalia.Randomness;
using Westphalia.Statistics;

namespace Westphalia.Tests.Mechanisms;

/// <summary>
/// Transnational threats and Interpol (docs/ODD.md, submodel Transnational threats and Interpol). Most tests build a
/// world with a Simulation, leave the rest of the simulation still, and step the mechanism alone on it, so that what they
/// measure is the mechanism's doing; the last runs the whole simulation.
/// </summary>
public class TransnationalThreatsTests
{
    private const string NoInterstateWar = "parameters.interstate_war.enabled=false";
    private const string NoCivilWar = "parameters.civil_war.enabled=false";

    private static Simulation Build(int width = 30, int height = 20, int states = 12, ulong seed = 1, int threads = 1) =>
        new(TestWorlds.Grid(width, height, states, seed, years: 40, extra: [NoInterstateWar, NoCivilWar]), threads);

    private static TransnationalThreats Threats(Simulation sim, TransnationalThreatParameters parameters, InterpolParameters? interpol = null) =>
        new(sim.World, parameters, interpol ?? new InterpolParameters(), sim.Events);

    /// <summary>The terror attacks the simulation's bus reports from now on.</summary>
    private static List<TerrorAttack> Attacks(Simulation sim)
    {
        var attacks = new List<TerrorAttack>();
        sim.Events.Subscribe<TerrorAttack>(attacks.Add);
        return attacks;
    }

    /// <summary>Steps the mechanism alone over ticks [from, to), with every state's sharing level set before each step when given.</summary>
    private static void Run(Simulation sim, TransnationalThreats threats, int from, int to, double? sharing = null)
    {
        for (var t = from; t < to; t++)
        {
            if (sharing is { } level)
            {
                Array.Fill(sim.World.States.InformationSharing, level);
            }

            Schedule.Run(threats, sim.ContextFor(t));
        }
    }

    /// <summary>Two neighbouring regions of different states, and a region of state 0 with a neighbour of state 0.</summary>
    private static (int Home, int Abroad) BorderPair(global::Westphalia.World world)
    {
        var owner = world.Regions.Owner;
        for (var r = 0; r < world.Regions.Count; r++)
        {
            foreach (var n in world.Adjacency.Of(r))
            {
                if (owner[n] != owner[r])
                {
                    return (r, n);
                }
            }
        }

        throw new InvalidOperationException("no border");
    }

    [Fact]
    public void More_sharing_gives_more_interdictions_with_the_same_seeds()
    {
        // A state's own police find the networks at home; what only Interpol can give it is information on networks based
        // abroad whose attacks strike its capital. Same worlds and seeds, every state sharing nothing or everything.
        var p = new TransnationalThreatParameters { TerrorFormation = 0.01, CrimeFormation = 0, AttackRate = 6, AttackAbroad = 0.5 };
        long[] interdictions = [0, 0], attempts = [0, 0], notices = [0, 0];
        foreach (var seed in new ulong[] { 1, 2, 3 })
        {
            for (var i = 0; i < 2; i++)
            {
                var sim = Build(seed: seed);
                var threats = Threats(sim, p);
                var attacks = Attacks(sim);
                Run(sim, threats, 0, 15 * 12, sharing: i);
                interdictions[i] += attacks.Count(a => a.Interdicted);
                attempts[i] += attacks.Count;
                notices[i] += threats.Interpol.Notices.Count;
            }
        }

        Assert.Equal(0, notices[0]);
        Assert.True(notices[1] > 100, $"{notices[1]} notices");
        Assert.True(attempts[0] > 500, $"{attempts[0]} attacks attempted: too few to compare");
        Assert.True(interdictions[1] > interdictions[0] * 1.05, $"interdictions: {interdictions[0]} sharing nothing, {interdictions[1]} sharing everything");
    }

    [Fact]
    public void The_internet_era_spreads_a_notice_faster_than_letters()
    {
        foreach (var era in new[] { InterpolEra.Internet, InterpolEra.Letters })
        {
            var sim = Build();
            var states = sim.World.States;
            Array.Fill(states.PoliceEffort, 0.0); // no detections: the only notice is the one issued below
            Array.Fill(states.InformationSharing, 1.0);
            var threats = Threats(sim, new TransnationalThreatParameters { TerrorFormation = 0, CrimeFormation = 0 }, new InterpolParameters { Era = era });
            var region = states.RegionsOf(0)[0];
            var network = threats.Found(NetworkKind.Terror, region, 0.5, 0);
            var notice = threats.Interpol.Issue(0, network, sim.ContextFor(0));
            var expected = era == InterpolEra.Internet ? 0 : 3;
            Assert.Equal(states.Count - 1, notice.Receivers);
            Assert.Equal(0, threats.Interpol.ArrivalTick(notice, 0));
            for (var t = 0; t <= 4; t++)
            {
                if (t > 0)
                {
                    Schedule.Run(threats, sim.ContextFor(t));
                }

                for (var j = 1; j < states.Count; j++)
                {
                    Assert.Equal(expected, threats.Interpol.ArrivalTick(notice, j));
                    Assert.Equal(t >= expected ? 1L : 0L, threats.Interpol.NoticesReceived[j]);
                    Assert.Equal(t >= expected, threats.Interpol.Holds(j, network, t));
                }
            }

            // Information ages from the detection, not from the arrival: a letter is useful for three months less.
            Assert.True(threats.Interpol.Holds(1, network, 11));
            Assert.False(threats.Interpol.Holds(1, network, 12));
            Assert.Equal(states.Count - 1, threats.Interpol.SovereigntyCeded[0]);
            Assert.Equal(1, threats.Interpol.NoticesSent[0]);
        }
    }

    [Fact]
    public void A_notice_reaches_exactly_the_members_whose_own_draw_admits_them_whatever_the_number_of_states()
    {
        // Issue draws the members eight at a time where vectors allow, ArrivalTick one member at a time: they agree.
        Gen.Select(Gen.Int[1, 40], Gen.Double[0, 1], Gen.Int[0, 1000], Gen.Bool.Array[40]).Sample((count, sharing, tick, members) =>
        {
            var sim = Build(width: 20, height: 10, states: count);
            var states = sim.World.States;
            Array.Fill(states.PoliceEffort, 0.0);
            Array.Fill(states.InformationSharing, sharing);
            for (var s = 0; s < states.Count; s++)
            {
                states.InterpolMember[s] = s == 0 || members[s];
            }

            var threats = Threats(sim, new TransnationalThreatParameters { TerrorFormation = 0, CrimeFormation = 0 }, new InterpolParameters { Era = InterpolEra.Internet });
            var network = threats.Found(NetworkKind.Terror, states.RegionsOf(0)[0], 0.5, 0);
            var notice = threats.Interpol.Issue(0, network, sim.ContextFor(tick));
            var reached = 0;
            for (var j = 1; j < states.Count; j++)
            {
                var admitted = threats.Interpol.ArrivalTick(notice, j) == tick;
                Assert.Equal(admitted ? 1L : 0L, threats.Interpol.NoticesReceived[j]);
                reached += admitted ? 1 : 0;
            }

            Assert.Equal(reached, notice.Receivers);
        }, iter: 100);
    }

    [Fact]
    public void A_state_that_shares_nothing_sends_no_notices_and_pays_no_privacy_cost()
    {
        var sim = Build();
        var states = sim.World.States;
        var threats = Threats(sim, new TransnationalThreatParameters { TerrorFormation = 0.02, CrimeFormation = 0.02 });
        for (var s = 0; s < states.Count; s++)
        {
            states.InformationSharing[s] = s % 2 == 0 ? 0 : 1;
        }

        Run(sim, threats, 0, 5 * 12);
        for (var s = 0; s < states.Count; s++)
        {
            Assert.Equal(s % 2 == 0 ? 1.0 : 0.9, threats.Interpol.Effectiveness(s), 12);
            if (s % 2 == 0)
            {
                Assert.Equal(0, threats.Interpol.NoticesSent[s]);
                Assert.Equal(0, threats.Interpol.SovereigntyCeded[s]);
            }
        }

        // Every record handed abroad is one member's receipt of a notice.
        Assert.Equal(threats.Interpol.Notices.Sum(n => (long)n.Receivers), threats.Interpol.SovereigntyCeded.ToArray().Sum());
        Assert.True(threats.Interpol.NoticesSent.ToArray().Sum() > 0);
    }

    [Fact]
    public void Networks_form_where_police_are_weak_and_not_where_they_are_strong()
    {
        var sim = Build(states: 12);
        var states = sim.World.States;
        for (var s = 0; s < states.Count; s++)
        {
            states.PoliceEffort[s] = s % 2 == 0 ? 0.0 : 0.5;
        }

        var threats = Threats(sim, new TransnationalThreatParameters { TerrorFormation = 0.005, CrimeFormation = 0.005 });
        Run(sim, threats, 0, 10 * 12);
        var weak = threats.Networks.Count(n => n.OriginState % 2 == 0);
        var strong = threats.Networks.Count(n => n.OriginState % 2 == 1);
        Assert.True(weak >= 50, $"{weak} networks formed where police are weak");
        Assert.True(strong <= weak / 50, $"{strong} networks formed where police are strong, {weak} where weak");

        // And strong police dismantle the cells that spread in from next door.
        var owner = sim.World.Regions.Owner;
        var cellsStrong = threats.ActiveRegions.Count(r => owner[r] % 2 == 1);
        var cellsWeak = threats.ActiveRegions.Count(r => owner[r] % 2 == 0);
        Assert.True(cellsStrong * 10 < cellsWeak, $"cells: {cellsWeak} in weak states, {cellsStrong} in strong ones");
    }

    [Fact]
    public void A_networks_members_match_its_strength_and_its_groups_merge_until_the_police_break_one_up()
    {
        // One terror cell of strength 0.8 (40 members at cell_members 50), left still (no attacks, no spread, no growth),
        // with a year of contacts every month. Without police its groups merge into a few large ones; with police that
        // detect the cell every month, the same merges happen (the same draws) and then the group found is broken up.
        (int Members, int Groups, int Largest) After(double police, int months)
        {
            var sim = Build(width: 6, height: 5, states: 2);
            Array.Fill(sim.World.States.PoliceEffort, police);
            var p = new TransnationalThreatParameters { TerrorFormation = 0, CrimeFormation = 0, AttackRate = 0, TerrorSpread = 0, Coalescence = 12, TerrorGrowth = 0, Suppression = 0 };
            var threats = Threats(sim, p, new InterpolParameters { Detection = 1000 });
            var network = threats.Found(NetworkKind.Terror, 3, 0.8, 0);
            Run(sim, threats, 0, months);
            var groups = threats.Networks[network].Groups;
            return (groups.Sum(), groups.Count, groups.Max());
        }

        var year = After(0, 12);
        Assert.Equal(40, year.Members);
        Assert.True(year.Largest >= 20, $"without police the largest group has {year.Largest} of 40 members in {year.Groups} groups");

        var free = After(0, 1);
        var policed = After(1, 1);
        Assert.Equal(40, policed.Members);
        Assert.True(free.Groups < 40, $"{free.Groups} groups after a month of merging");
        Assert.True(policed.Groups > free.Groups, $"{policed.Groups} groups after the police broke one up, {free.Groups} without police");
    }

    [Fact]
    public void An_attack_kills_in_proportion_to_the_size_of_the_group_and_the_cells_strength()
    {
        var sim = Build(width: 6, height: 5, states: 2);
        var threats = Threats(sim, new TransnationalThreatParameters { DeathsPerMember = 2, MaxAttackDeaths = 1000 });
        Assert.Equal(1, threats.Deaths(1, 0.5));
        Assert.Equal(10, threats.Deaths(10, 0.5));
        Assert.Equal(40, threats.Deaths(20, 1));
        Assert.Equal(1, threats.Deaths(1, 0.01)); // a lethal attack kills at least one
        Assert.Equal(1000, threats.Deaths(100_000, 1)); // and at most max_attack_deaths
    }

    [Fact]
    public void Severity_emerges_from_the_groups_larger_where_police_are_weak()
    {
        // The same worlds and seeds, police absent or at the reference effort: where nothing breaks the groups up they
        // grow, and the deadliest attacks are deadlier.
        long Largest(double police)
        {
            var largest = 0L;
            foreach (var seed in new ulong[] { 1, 2 })
            {
                var sim = Build(seed: seed);
                Array.Fill(sim.World.States.PoliceEffort, police);
                var threats = Threats(sim, new TransnationalThreatParameters { TerrorFormation = 0.004, CrimeFormation = 0, AttackLethality = 1 });
                var attacks = Attacks(sim);
                Run(sim, threats, 0, 10 * 12, sharing: 0);
                largest = Math.Max(largest, attacks.Where(a => !a.Interdicted).Select(a => a.Deaths).DefaultIfEmpty().Max());
            }

            return largest;
        }

        var weak = Largest(0.002);
        var strong = Largest(0.02);
        Assert.True(weak > 2 * strong, $"deadliest attack: {weak} where police are weak, {strong} at the reference effort");
    }

    [Fact]
    public void Terror_attacks_kill_in_the_region_struck_and_are_logged_as_one_sided_violence()
    {
        var sim = Build();
        var regions = sim.World.Regions;
        var p = new TransnationalThreatParameters { TerrorFormation = 0.01, CrimeFormation = 0, AttackRate = 12, AttackLethality = 1 };
        var threats = Threats(sim, p);
        var attacks = Attacks(sim);
        Run(sim, threats, 0, 5 * 12);
        var executed = attacks.Where(a => !a.Interdicted).ToList();
        Assert.NotEmpty(executed);
        Assert.Contains(attacks, a => a.Interdicted);
        Assert.Contains(executed, a => regions.Owner[a.Cell] != a.State); // some strike abroad
        Assert.All(executed.Where(a => regions.Owner[a.Cell] != a.State), a => Assert.Equal(sim.World.States.Capital[a.State], a.Region));

        var oneSided = sim.Observer<GedObserver>().Events.Where(v => v.Conflict.StartsWith("terror-", StringComparison.Ordinal)).ToList();
        Assert.All(oneSided, v => Assert.Equal(ViolenceType.OneSided, v.Type));
        Assert.Equal(executed.Sum(a => a.Deaths), oneSided.Sum(v => v.DeathsCivilians));
        Assert.Equal(executed.Count, sim.Observer<EventLogObserver>().Events.Count(e => e.Type == "terror_attack"));
        Assert.Equal(executed.Sum(a => a.Deaths), regions.ConflictDeaths.Sum()); // nothing else killed here: the rest of the simulation is still
        foreach (var v in oneSided)
        {
            Assert.Equal(threats.Networks[int.Parse(v.Conflict["terror-".Length..], System.Globalization.CultureInfo.InvariantCulture)].Name, v.SideA);
        }
    }

    [Fact]
    public void Crime_drains_income_where_it_is_present()
    {
        var sim = Build();
        var regions = sim.World.Regions;
        Array.Fill(sim.World.States.PoliceEffort, 0.0);
        var p = new TransnationalThreatParameters { TerrorFormation = 0, CrimeFormation = 0, CrimeSpread = 0 };
        var threats = Threats(sim, p);
        const int region = 5;
        threats.Found(NetworkKind.Crime, region, 0.8, 0);
        var before = (double[])regions.IncomePerCapita.Clone();
        Schedule.Run(threats, sim.ContextFor(0));
        var x = threats.CrimeStrength[region];
        Assert.True(x > 0.8); // unopposed, it grew
        Assert.Equal(before[region] * (1 - (p.CrimeDrain * x / 12)), regions.IncomePerCapita[region], 9);
        for (var r = 0; r < regions.Count; r++)
        {
            if (r != region)
            {
                Assert.Equal(before[r], regions.IncomePerCapita[r]);
            }
        }
    }

    [Fact]
    public void Two_crime_networks_that_meet_fight_for_turf_with_non_state_deaths()
    {
        var sim = Build();
        Array.Fill(sim.World.States.PoliceEffort, 0.0);
        var p = new TransnationalThreatParameters { TerrorFormation = 0, CrimeFormation = 0, CrimeSpread = 50, BorderPermeability = 1 };
        var threats = Threats(sim, p);
        var (a, b) = BorderPair(sim.World);
        var first = threats.Found(NetworkKind.Crime, a, 0.9, 0);
        var second = threats.Found(NetworkKind.Crime, b, 0.9, 0);
        Run(sim, threats, 0, 24);
        var fights = sim.Observer<GedObserver>().Events.Where(v => v.Type == ViolenceType.NonState).ToList();
        Assert.NotEmpty(fights);
        var names = new[] { threats.Networks[first].Name, threats.Networks[second].Name };
        Assert.All(fights, f =>
        {
            Assert.Contains(f.SideA, names);
            Assert.Contains(f.SideB, names);
            Assert.NotEqual(f.SideA, f.SideB);
            Assert.True(f.Best > 0);
            Assert.Equal(0, f.DeathsCivilians);
            Assert.Equal($"turf-{first}-{second}", f.Conflict);
        });
        Assert.Equal(fights.Sum(f => f.Best), sim.World.Regions.ConflictDeaths.Sum());
        Assert.DoesNotContain(sim.Observer<GedObserver>().Events, v => v.Type == ViolenceType.OneSided);
    }

    [Fact]
    public void A_checkpoint_round_trip_gives_identical_subsequent_steps()
    {
        var scenario = TestWorlds.Grid(30, 20, 12, 3, years: 40, extra: [NoInterstateWar, NoCivilWar]);
        var p = new TransnationalThreatParameters { TerrorFormation = 0.01, CrimeFormation = 0.01, AttackAbroad = 0.3 };
        var ip = new InterpolParameters { Era = InterpolEra.Letters };
        var first = new Simulation(scenario);
        var a = Threats(first, p, ip);
        var attacksA = Attacks(first);
        Run(first, a, 0, 40);
        Assert.True(a.Interpol.InTransit > 0, "the checkpoint should catch letters in transit");

        using var world = new MemoryStream();
        using var mechanism = new MemoryStream();
        first.Save(world);
        using (var writer = new BinaryWriter(mechanism, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ((ICheckpointed)a).Save(writer);
        }

        world.Position = 0;
        mechanism.Position = 0;
        var second = new Simulation(scenario);
        second.Restore(world);
        var b = Threats(second, p, ip);
        var attacksB = Attacks(second);
        using (var reader = new BinaryReader(mechanism, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            ((ICheckpointed)b).Load(reader);
        }

        Run(first, a, 40, 100);
        Run(second, b, 40, 100);
        Assert.Equal(attacksA.Where(x => x.Tick >= 40), attacksB);
        Assert.Equal(a.Interpol.Notices, b.Interpol.Notices);
        Assert.Equal(a.Interpol.NoticesReceived.ToArray(), b.Interpol.NoticesReceived.ToArray());
        Assert.Equal(a.ActiveRegions, b.ActiveRegions);
        Assert.Equal(a.TerrorStrength.ToArray(), b.TerrorStrength.ToArray());
        Assert.Equal(a.CrimeStrength.ToArray(), b.CrimeStrength.ToArray());
        Assert.Equal(a.CrimeNetwork.ToArray(), b.CrimeNetwork.ToArray());
        Assert.Equal(a.Networks.Select(n => (n.Name, n.Cells, n.EndTick, n.Deaths)), b.Networks.Select(n => (n.Name, n.Cells, n.EndTick, n.Deaths)));
        Assert.Equal(a.Networks.SelectMany(n => n.Groups), b.Networks.SelectMany(n => n.Groups));
        Assert.Equal(first.World.Regions.IncomePerCapita, second.World.Regions.IncomePerCapita);
        Assert.Equal(first.Observer<GedObserver>().Events, second.Observer<GedObserver>().Events);
        Assert.True(attacksB.Count > 0);
    }

    [Fact]
    public void Results_are_the_same_on_one_and_two_threads()
    {
        // 24 states: January's formation runs in parallel over ranges of 8 states.
        var p = new TransnationalThreatParameters { TerrorFormation = 0.01, CrimeFormation = 0.01 };
        var one = Build(40, 30, states: 24, seed: 5, threads: 1);
        var two = Build(40, 30, states: 24, seed: 5, threads: 2);
        var a = Threats(one, p);
        var b = Threats(two, p);
        var attacksA = Attacks(one);
        var attacksB = Attacks(two);
        Run(one, a, 0, 60);
        Run(two, b, 0, 60);
        Assert.True(a.Networks.Count > 20);
        Assert.Equal(attacksA, attacksB);
        Assert.Equal(a.Networks.Select(n => (n.OriginRegion, n.Kind, n.Cells)), b.Networks.Select(n => (n.OriginRegion, n.Kind, n.Cells)));
        Assert.Equal(a.TerrorStrength.ToArray(), b.TerrorStrength.ToArray());
        Assert.Equal(one.World.Regions.IncomePerCapita, two.World.Regions.IncomePerCapita);
    }

    [Fact]
    public void A_whole_simulation_with_the_mechanism_wired_in_is_the_same_on_one_and_two_threads()
    {
        var scenario = TestWorlds.Grid(40, 30, 24, 2, years: 10, extra: ["parameters.transnational_threats.terror_formation=0.01", "parameters.transnational_threats.crime_formation=0.01"]);
        var one = new Simulation(scenario, threads: 1);
        var two = new Simulation(scenario, threads: 2);
        var attacksOne = Attacks(one);
        var attacksTwo = Attacks(two);
        one.Run();
        two.Run();
        Assert.NotEmpty(attacksOne);
        Assert.Equal(attacksOne, attacksTwo);
        Assert.Equal(one.Observer<GedObserver>().Events, two.Observer<GedObserver>().Events);
        Assert.Equal(one.World.Regions.Population, two.World.Regions.Population);
    }
}

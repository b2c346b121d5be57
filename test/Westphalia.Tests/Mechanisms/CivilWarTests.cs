using CsCheck;
using Westphalia.Conflict;
using Westphalia.Mechanisms;
using Westphalia.Metrics;
using Westphalia.Observers;
using Westphalia.Parameters;
using Westphalia.Randomness;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

/// <summary>Civil war (docs/ODD.md §7.5), and the conflict trap and displacement it brings (§7.6).</summary>
public class CivilWarTests
{
    private const string NoInterstateWar = "parameters.interstate_war.enabled=false";
    private const string NoOnsets = "parameters.civil_war.constant=-50";

    /// <summary>Every state at civil war from the first January, wars that do not end by themselves.</summary>
    private static readonly string[] EveryoneAtWar =
    [
        NoInterstateWar, "parameters.civil_war.constant=50", "parameters.civil_war.settlement=0", "parameters.civil_war.victory=0",
        "parameters.civil_war.secession=0", "parameters.civil_war.defeat_fighters=0",
    ];

    private static CountryYear TypicalRow() =>
        new(2000, 0, "A", 5000, 2, 9, 2.5, false, false, false, false, 0.2, 0.5, 0.3, false, 0.5, 0.2, 0, true, false, false, 16, false);

    [Fact]
    public void The_onset_hazard_moves_in_the_documented_direction_with_each_term()
    {
        var p = new CivilWarParameters();
        var row = TypicalRow();
        var h = CivilWar.Hazard(p, row);
        (string Term, CountryYear Changed, int Direction)[] cases =
        [
            ("income", row with { Income1985Thousands = 4 }, -1),
            ("population", row with { LogPopulation = 10 }, +1),
            ("mountains", row with { LogMountainous = 3.5 }, +1),
            ("oil", row with { Oil = true }, +1),
            ("new state", row with { NewState = true }, +1),
            ("instability", row with { Instability = true }, +1),
            ("prior war", row with { PriorWar = true }, -1),
            ("neglect", row with { Neglect = 0.8 }, +1),
            ("repression", row with { Repression = 2 }, +1),
            ("inequality", row with { Inequality = 0.6 }, +1),
            ("neighbour at war", row with { NeighbourWar = true }, +1),
            ("refugees", row with { Refugees = 2 }, +1),
            ("conflict trap", row with { PostWar = 0.9 }, +1),
        ];
        foreach (var (term, changed, direction) in cases)
        {
            var moved = Math.Sign(CivilWar.Hazard(p, changed) - h);
            Assert.True(moved == direction, $"{term}: the hazard moved {moved}, documented {direction}");
        }

        // Fearon & Laitin's published predictor for the typical row, by hand.
        var eta = -6.731 - (0.344 * 2) + (0.263 * 9) + (0.219 * 2.5) + (1.0 * 0.2) + (0.2 * 0.5) + (1.0 * (0.3 - 0.3)) + (0.1 * 0.5) + (0.21292190551757798 * 0.2);
        Assert.Equal(1 / (1 + Math.Exp(-eta)), h, 12);
    }

    [Fact]
    public void The_covariates_follow_the_world()
    {
        var sim = new Simulation(TestWorlds.Grid(states: 4, years: 1, extra: [NoInterstateWar, NoOnsets]));
        var world = sim.World;
        var regions = world.Regions;
        var states = world.States;
        const int s = 0;
        var before = sim.CivilWar.Covariates(s, 0, 2000);
        var members = states.RegionsOf(s).ToArray();
        var neighbour = StateGraph.Of(world).Neighbours(s)[0];

        foreach (var r in members)
        {
            regions.IncomePerCapita[r] *= 2;
        }

        world.AggregateStates();
        var richer = sim.CivilWar.Covariates(s, 0, 2000);
        Assert.True(richer.Income1985Thousands > before.Income1985Thousands);
        Assert.True(richer.Hazard < before.Hazard);

        foreach (var r in members)
        {
            regions.Population[r] *= 2;
            regions.Ruggedness[r] = 1;
            regions.Oil[r] = true;
        }

        world.AggregateStates();
        states.WelfareEffort[s] = 0;
        states.CivilWar[neighbour] = 0;
        var after = sim.CivilWar.Covariates(s, 0, 2000);
        Assert.True(after.LogPopulation > richer.LogPopulation);
        Assert.Equal(Math.Log(101), after.LogMountainous, 12);
        Assert.True(after.Oil);
        Assert.Equal(1, after.Neglect, 12);
        Assert.True(after.NeighbourWar);
        Assert.True(after.Hazard > richer.Hazard);

        // Inequality between regions: the population-weighted s.d. of log income.
        for (var i = 0; i < members.Length; i++)
        {
            regions.IncomePerCapita[members[i]] = i % 2 == 0 ? 1000 : 20000;
        }

        world.AggregateStates();
        var unequal = sim.CivilWar.Covariates(s, 0, 2000);
        Assert.True(unequal.Inequality > after.Inequality);
    }

    [Fact]
    public void A_state_s_sums_streamed_over_all_regions_are_the_bits_of_its_regions_gathered_through_the_index()
    {
        var worlds =
            from width in Gen.Int[2, 30]
            from height in Gen.Int[2, 20]
            from states in Gen.Int[2, 8]
            from seed in Gen.ULong
            select (width, height, states, seed);
        worlds.Sample(w =>
        {
            var sim = new Simulation(TestWorlds.Grid(w.width, w.height, w.states, years: 1, extra: [NoInterstateWar, NoOnsets]));
            var world = sim.World;
            var regions = world.Regions;
            var rng = new CounterRng(w.seed);
            for (var r = 0; r < regions.Count; r++)
            {
                double U(uint k) => rng.Uniform(0, RngStream.WorldGeneration, r, k);
                world.TransferRegion(r, (int)(U(0) * w.states)); // scattered owners, not one block per state
                regions.IncomePerCapita[r] = U(1) < 0.1 ? 0.5 : 100 + (90_000 * U(2));
                regions.Population[r] = U(3) < 0.1 ? 0 : (long)(5_000_000 * U(4));
                regions.Ruggedness[r] = U(5);
                regions.Oil[r] = U(6) < 0.3;
            }

            world.RefreshMembership();
            var sums = sim.CivilWar.StreamSums().ToArray();
            for (var s = 0; s < world.States.Count; s++)
            {
                var (gathered, streamed) = (sim.CivilWar.SumsOf(s), sums[s]);
                Assert.Equal(gathered.Count, streamed.Count);
                Assert.Equal(gathered.Mountainous, streamed.Mountainous);
                Assert.Equal(BitConverter.DoubleToInt64Bits(gathered.Output), BitConverter.DoubleToInt64Bits(streamed.Output));
                Assert.Equal(BitConverter.DoubleToInt64Bits(gathered.OilOutput), BitConverter.DoubleToInt64Bits(streamed.OilOutput));
                Assert.Equal(BitConverter.DoubleToInt64Bits(gathered.SumLog), BitConverter.DoubleToInt64Bits(streamed.SumLog));
                Assert.Equal(BitConverter.DoubleToInt64Bits(gathered.SumLog2), BitConverter.DoubleToInt64Bits(streamed.SumLog2));
            }
        }, iter: 60);
    }

    [Fact]
    public void People_are_conserved_through_flight_and_return_and_go_home_after_peace()
    {
        var scenario = TestWorlds.Grid(14, 12, states: 5, years: 40, extra: [.. EveryoneAtWar, NoOnsets, "parameters.war_effects.flight=0.5"]);
        var sim = new Simulation(scenario);
        var regions = sim.World.Regions;
        sim.CivilWar.Begin(0, sim.ContextFor(0));
        sim.CivilWar.Begin(1, sim.ContextFor(0));
        var refugeesSeen = false;
        long atPeace = 0, last = long.MaxValue;
        while (!sim.IsFinished)
        {
            if (sim.Tick == 6 * 12)
            {
                // Peace: every war ends within months.
                scenario.Parameters.CivilWar.Victory = 1;
            }

            var total = regions.Population.Sum();
            sim.Step();
            long births = 0, deaths = 0;
            for (var r = 0; r < regions.Count; r++)
            {
                births += regions.Births[r];
                deaths += regions.Deaths[r];
                Assert.True(regions.Displaced[r] <= regions.Population[r]);
            }

            Assert.Equal(total + births - deaths, regions.Population.Sum());
            Assert.Equal(regions.DisplacedOut.Sum(), regions.DisplacedIn.Sum());
            refugeesSeen |= sim.WarEffects.Displacement.Any(d => regions.Owner[d.Origin] != regions.Owner[d.Host]);
            var displaced = sim.WarEffects.Displacement.Sum(d => d.People);
            if (sim.Tick == 6 * 12)
            {
                atPeace = displaced;
                Assert.True(atPeace > 0, "people fled the fighting");
            }
            else if (sim.Tick > (6 * 12) + 12)
            {
                // Once the fighting is over, people only go home.
                Assert.True(displaced <= last);
            }

            last = displaced;
        }

        Assert.True(refugeesSeen, "some crossed a border");
        Assert.All(sim.CivilWar.Conflicts, w => Assert.False(w.IsOngoing));
        Assert.True(last < atPeace / 100, $"{last:N0} of {atPeace:N0} still displaced 34 years after the wars");
    }

    [Fact]
    public void War_lowers_income_and_life_expectancy_where_it_is_fought_and_peace_lets_them_recover()
    {
        var peace = TestWorlds.Grid(14, 12, states: 5, seed: 3, years: 36, extra: [NoInterstateWar, "parameters.civil_war.enabled=false"]);
        var war = TestWorlds.Grid(14, 12, states: 5, seed: 3, years: 36, extra: EveryoneAtWar);
        var a = new Simulation(peace);
        var b = new Simulation(war);
        int[] torn = [];
        double incomeGapAtPeace = 0, lifeGapAtPeace = 0;
        while (!b.IsFinished)
        {
            if (b.Tick == 6 * 12)
            {
                torn = [.. Enumerable.Range(0, b.World.Regions.Count).Where(r => b.World.Regions.WarDamage[r] > 0.2)];
                Assert.NotEmpty(torn);
                (incomeGapAtPeace, lifeGapAtPeace) = Gaps(a, b, torn);
                Assert.True(incomeGapAtPeace < -0.1, $"income is {incomeGapAtPeace:P0} off where the war was fought");
                Assert.True(lifeGapAtPeace < -1, $"life expectancy is {lifeGapAtPeace:F1} years off where the war was fought");
                war.Parameters.CivilWar.Victory = 1;
                war.Parameters.CivilWar.Constant = -50;
            }

            a.Step();
            b.Step();
        }

        Assert.All(b.CivilWar.Conflicts, w => Assert.False(w.IsOngoing));
        var (incomeGap, lifeGap) = Gaps(a, b, torn);
        Assert.True(incomeGap > incomeGapAtPeace / 2, $"income gap {incomeGap:P1} thirty years on, {incomeGapAtPeace:P1} at peace");
        Assert.True(lifeGap > lifeGapAtPeace / 2, $"life-expectancy gap {lifeGap:F2} thirty years on, {lifeGapAtPeace:F2} at peace");
        Assert.All(torn, r => Assert.True(b.World.Regions.WarDamage[r] < 0.1));

        // Mean log ratio of income, and mean difference of life expectancy, war run minus peace run.
        static (double Income, double Life) Gaps(Simulation peace, Simulation war, int[] where) =>
            (where.Average(r => Math.Log(war.World.Regions.IncomePerCapita[r] / peace.World.Regions.IncomePerCapita[r])),
             where.Average(r => war.World.Regions.LifeExpectancy[r] - peace.World.Regions.LifeExpectancy[r]));
    }

    [Fact]
    public void A_state_created_by_secession_owns_exactly_the_regions_the_rebels_held()
    {
        var scenario = TestWorlds.Grid(16, 12, states: 4, seed: 5, years: 30,
            extra: [NoInterstateWar, "parameters.civil_war.constant=50", "parameters.civil_war.secessionist_share=1", "parameters.civil_war.secession=1",
                "parameters.civil_war.victory=0", "parameters.civil_war.settlement=0", "parameters.civil_war.rebel_effectiveness=20"]);
        var sim = new Simulation(scenario);
        var world = sim.World;
        var held = new Dictionary<int, HashSet<int>>();
        CivilConflict? seceded = null;
        while (!sim.IsFinished && seceded is null)
        {
            held.Clear();
            for (var r = 0; r < world.Regions.Count; r++)
            {
                if (world.Regions.Rebels[r] >= 0)
                {
                    (held.TryGetValue(world.Regions.Rebels[r], out var set) ? set : held[world.Regions.Rebels[r]] = []).Add(r);
                }
            }

            sim.Step();
            seceded = sim.CivilWar.Conflicts.FirstOrDefault(w => w.Outcome == CivilWarOutcome.Secession);
        }

        Assert.NotNull(seceded);
        var state = seceded.NewState;
        Assert.True(world.States.Alive[state]);
        Assert.Equal(seceded.RegionsAtEnd, world.States.RegionsOf(state).ToArray());
        Assert.All(seceded.RegionsAtEnd, r => Assert.Equal(state, world.Regions.Owner[r]));
        Assert.All(seceded.RegionsAtEnd, r => Assert.Equal(-1, world.Regions.Rebels[r]));
        Assert.DoesNotContain(world.States.Capital[seceded.State], seceded.RegionsAtEnd);

        // What the rebels held a month before, give or take the one region a front can move in a month.
        var before = held.GetValueOrDefault(seceded.Id) ?? [];
        Assert.True(before.Except(seceded.RegionsAtEnd).Count() + seceded.RegionsAtEnd.Except(before).Count() <= 1);
        Assert.Contains(sim.Observer<EventLogObserver>().Events, e => e.Type == "state_emerged" && e.State == state);
    }

    [Fact]
    public void The_human_security_index_falls_in_a_state_at_civil_war_and_less_in_its_neighbours()
    {
        string[] settings = [NoInterstateWar, NoOnsets, "parameters.civil_war.settlement=0", "parameters.civil_war.victory=0",
            "parameters.civil_war.secession=0", "parameters.civil_war.defeat_fighters=0", "parameters.civil_war.patrons=0"];
        var a = new Simulation(TestWorlds.Grid(16, 12, states: 6, seed: 7, years: 8, extra: settings));
        var b = new Simulation(TestWorlds.Grid(16, 12, states: 6, seed: 7, years: 8, extra: settings));
        const int s = 0;
        b.CivilWar.Begin(s, b.ContextFor(0));
        a.Run();
        b.Run();
        var neighbours = StateGraph.Of(b.World).Neighbours(s).ToArray();
        Assert.NotEmpty(neighbours);
        var drop = Hsi(a, s) - Hsi(b, s);
        var neighbourDrop = neighbours.Average(n => Hsi(a, n) - Hsi(b, n));
        Assert.True(drop > 0.01, $"the HSI of the state at war fell by {drop:F3}");
        Assert.True(neighbourDrop > 0, $"its neighbours' HSI fell by {neighbourDrop:F4}");
        Assert.True(neighbourDrop < drop / 2, $"neighbours fell by {neighbourDrop:F4}, the state at war by {drop:F3}");

        // The last yearly row of a state's HSI.
        static double Hsi(Simulation sim, int state)
        {
            var t = sim.Observer<StatesObserver>().Table;
            var row = Enumerable.Range(0, t.RowCount).Last(i => t["state_id"].Ints[i] == state);
            return t["hsi"].Doubles[row];
        }
    }

    [Fact]
    public void A_band_that_recruits_faster_than_it_loses_grows_and_one_that_does_not_withers_into_low_activity()
    {
        // The same war begun by hand in the same state on the same seed, with only the poverty factor of recruitment
        // changed: a reference income far above every region's income gives the poorest recruits (factor 2, 1.2 recruits
        // a fighter a year against about 0.8 lost), one below every income almost none.
        var (poor, poorSim) = OneWar("parameters.civil_war.recruitment_income=10000000", years: 3);
        Assert.Equal(CivilWarOutcome.Ongoing, poor.Outcome);
        Assert.True(poor.Fighters > 2 * 200, $"a band of 200 recruiting fast has {poor.Fighters:F0} fighters after three years");
        var poorYears = DeathsByYear(poorSim, poor);
        Assert.InRange(poorYears[0], ArmedConflictListWriter.Threshold, ArmedConflictListWriter.WarThreshold - 1); // a minor conflict at first
        Assert.True(poorYears[^1] > poorYears[0], $"deaths grow with the band: {string.Join(", ", poorYears)}");

        var (rich, richSim) = OneWar("parameters.civil_war.recruitment_income=1", years: 10);
        Assert.Equal(CivilWarOutcome.LowActivity, rich.Outcome);
        Assert.Equal(11, rich.EndTick % 12);
        var richYears = DeathsByYear(richSim, rich);
        Assert.True(richYears[^1] < ArmedConflictListWriter.Threshold, $"the last year had {richYears[^1]} battle deaths");
        Assert.All(richYears[..^1], d => Assert.True(d >= ArmedConflictListWriter.Threshold, "only the first quiet year ends the war"));
        Assert.True(rich.Fighters >= new CivilWarParameters().DefeatFighters, "the band fell quiet before it was broken up");
        Assert.Contains(richSim.Observer<EventLogObserver>().Events, e => e.Type == "civil_war_ended" && e.Detail.Contains("low activity", StringComparison.Ordinal));

        static (CivilConflict War, Simulation Sim) OneWar(string recruitment, int years)
        {
            var sim = new Simulation(TestWorlds.Grid(14, 12, states: 5, years: years,
                extra: [NoInterstateWar, NoOnsets, "parameters.civil_war.victory=0", "parameters.civil_war.settlement=0",
                    "parameters.civil_war.secession=0", "parameters.civil_war.patrons=0", "parameters.civil_war.front_movement=0", recruitment]));
            var war = sim.CivilWar.Begin(0, sim.ContextFor(0));
            sim.Run();
            return (war, sim);
        }

        static long[] DeathsByYear(Simulation sim, CivilConflict war)
        {
            var last = war.IsOngoing ? sim.Tick - 1 : war.EndTick;
            var deaths = new long[(last / 12) + 1];
            foreach (var e in sim.Observer<GedObserver>().Events)
            {
                if (e.Conflict == war.ConflictName && e.Type == ViolenceType.StateBased)
                {
                    deaths[e.Tick / 12] += e.DeathsA + e.DeathsB;
                }
            }

            return deaths;
        }
    }

    [Fact]
    public void Civil_wars_resume_exactly_from_a_checkpoint()
    {
        var scenario = TestWorlds.Grid(14, 12, states: 5, years: 6, extra: [.. EveryoneAtWar, "parameters.civil_war.victory=0.02"]);
        var straight = new Simulation(scenario);
        straight.Run();
        var resumed = TestWorlds.RestoredAfter(scenario, 31);
        resumed.Run();
        Assert.Equal(straight.World.Regions.Population, resumed.World.Regions.Population);
        Assert.Equal(straight.World.Regions.Rebels, resumed.World.Regions.Rebels);
        Assert.Equal(straight.World.Regions.WarDamage, resumed.World.Regions.WarDamage);
        Assert.Equal(straight.World.Regions.Displaced, resumed.World.Regions.Displaced);
        Assert.Equal(straight.Observer<GedObserver>().Events, resumed.Observer<GedObserver>().Events);
        Assert.Equal(TestWorlds.Csv(straight.Observer<StatesObserver>().Table), TestWorlds.Csv(resumed.Observer<StatesObserver>().Table));
    }

    [Fact]
    public void Arms_from_patrons_prolong_civil_wars_and_raise_their_deaths()
    {
        // The same wars, begun by hand in the same aligned states on the same seeds, with and without outside arms.
        var (armedYears, armedDeaths, patronised) = ColdWarCivilWars(0.0002);
        var (plainYears, plainDeaths, none) = ColdWarCivilWars(0);
        Assert.True(patronised > 0, "patrons took sides");
        Assert.Equal(0, none);
        Assert.True(armedYears > plainYears, $"armed wars lasted {armedYears:F0} years in all, unarmed {plainYears:F0}");
        Assert.True(armedDeaths > plainDeaths, $"armed wars killed {armedDeaths:N0} in battle, unarmed {plainDeaths:N0}");

        static (double Years, long Deaths, int Patronised) ColdWarCivilWars(double arms)
        {
            double years = 0;
            long deaths = 0;
            var patronised = 0;
            for (var seed = 1; seed <= 6; seed++)
            {
                var sim = new Simulation(ScenarioLoader.Load("cold-war",
                    [$"seed={seed}", "years=25", NoInterstateWar, NoOnsets, $"parameters.civil_war.proxy_arms={arms}"]));
                var states = sim.World.States;
                var aligned = Enumerable.Range(0, states.Count)
                    .Where(s => states.Alive[s] && states.Alliance[s] >= 0)
                    .OrderBy(s => states.Cinc[s]).ThenBy(s => s).Take(4).ToArray();
                foreach (var state in aligned)
                {
                    sim.CivilWar.Begin(state, sim.ContextFor(0));
                }

                sim.Run();
                foreach (var war in sim.CivilWar.Conflicts)
                {
                    years += war.DurationYears(sim.Tick - 1);
                    deaths += war.BattleDeaths;
                    patronised += war.Arms > 0 ? 1 : 0;
                }
            }

            return (years, deaths, patronised);
        }
    }

    [Fact]
    public void Governments_that_protect_civilians_kill_fewer_and_mass_atrocities_are_recorded()
    {
        string[] brutal = [.. EveryoneAtWar, NoOnsets, "parameters.civil_war.brutality_sd=0", "parameters.civil_war.government_violence=2000", "parameters.civil_war.patrons=0"];
        var restrained = Killings("doctrines.balanced.protection=1");
        var unrestrained = Killings("doctrines.balanced.protection=0");
        Assert.True(unrestrained.Government > 0);
        Assert.True(restrained.Government < unrestrained.Government / 3, $"{restrained.Government:N0} killed by protecting governments, {unrestrained.Government:N0} by the others");
        Assert.True(unrestrained.Atrocities > restrained.Atrocities, $"{unrestrained.Atrocities} mass atrocities without protection, {restrained.Atrocities} with");

        (long Government, int Atrocities) Killings(string protection)
        {
            var sim = new Simulation(TestWorlds.Grid(16, 12, states: 5, seed: 11, years: 6, extra: [.. brutal, protection]));
            for (var s = 0; s < 3; s++)
            {
                sim.CivilWar.Begin(s, sim.ContextFor(0));
            }

            sim.Run();
            var atrocities = sim.Observer<EventLogObserver>().Events.Where(e => e.Type == "mass_atrocity").ToList();
            Assert.All(atrocities, e => Assert.True(e.Value >= 1000, "an atrocity is 1,000 civilians killed within twelve months"));
            return (sim.CivilWar.Conflicts.Sum(w => w.GovernmentKillings), atrocities.Count);
        }
    }

    [Fact]
    public void A_scripted_civil_war_breaks_out_in_the_named_state_in_the_given_month()
    {
        var sim = new Simulation(ScenarioLoader.Load("civil-war", ["years=9"]));
        sim.Run();
        var war = Assert.Single(sim.CivilWar.Conflicts);
        Assert.Equal("State 12", war.StateName);
        Assert.Equal((2007 - 2000) * 12, war.StartTick);

        // Off, the script is skipped with an event saying why, and nothing else changes.
        var off = new Simulation(ScenarioLoader.Load("civil-war", ["years=9", "parameters.civil_war.enabled=false"]));
        off.Run();
        Assert.Empty(off.CivilWar.Conflicts);
        Assert.Contains(off.Observer<EventLogObserver>().Events, e => e.Type == "script_skipped" && e.Detail.Contains("civil wars are off", StringComparison.Ordinal));
    }

    [Fact]
    public void A_script_naming_an_unknown_state_or_a_year_outside_the_run_is_refused_with_its_field()
    {
        var unknown = Assert.Throws<ScenarioException>(() => new Simulation(ScenarioLoader.Load("civil-war", ["script[0].civil_war=Atlantis"])));
        Assert.Contains(unknown.Errors, e => e.Path == "script[0].civil_war" && e.Message.Contains("Atlantis", StringComparison.Ordinal));
        var late = Assert.Throws<ScenarioException>(() => ScenarioLoader.Load("civil-war", ["script[0].year=2100"]));
        Assert.Contains(late.Errors, e => e.Path == "script[0].year");
    }
}

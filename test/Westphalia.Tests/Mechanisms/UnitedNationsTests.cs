using Westphalia.Observers;
using Westphalia.Doctrines;
using Westphalia.Governments;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Mechanisms;

/// <summary>The United Nations and its Security Council (docs/ODD.md, United Nations).</summary>
public class UnitedNationsTests
{
    private static List<(UnVote Vote, bool Permanent)> Council(int yes, int no, int abstain, int permanentAgainst)
    {
        var votes = new List<(UnVote, bool)>();
        for (var i = 0; i < permanentAgainst; i++)
        {
            votes.Add((UnVote.No, true));
        }

        // The other permanent members vote yes while there are yes votes to give, then abstain.
        for (var i = permanentAgainst; i < 5; i++)
        {
            votes.Add(yes-- > 0 ? (UnVote.Yes, true) : (UnVote.Abstain, true));
        }

        for (var i = 0; i < Math.Max(0, yes); i++)
        {
            votes.Add((UnVote.Yes, false));
        }

        for (var i = 0; i < no; i++)
        {
            votes.Add((UnVote.No, false));
        }

        for (var i = 0; i < abstain; i++)
        {
            votes.Add((UnVote.Abstain, false));
        }

        return votes;
    }

    [Fact]
    public void A_permanent_members_veto_defeats_a_draft_with_fourteen_votes_in_favour()
    {
        var votes = Council(yes: 14, no: 0, abstain: 0, permanentAgainst: 1);
        Assert.False(UnitedNations.Passes(votes, 9));

        // The same votes with the one against cast by an elected member: no veto, and the draft passes.
        Assert.True(UnitedNations.Passes([.. votes.Select(v => v.Vote == UnVote.No ? (v.Vote, false) : v)], 9));
    }

    [Fact]
    public void Eight_votes_fail_and_nine_pass_and_an_abstention_is_no_veto()
    {
        Assert.False(UnitedNations.Passes(Council(yes: 8, no: 2, abstain: 5, permanentAgainst: 0), 9));
        Assert.True(UnitedNations.Passes(Council(yes: 9, no: 6, abstain: 0, permanentAgainst: 0), 9));
        // Nine elected members for, a permanent member abstaining: it passes (the practice since 1946).
        List<(UnVote, bool)> abstaining =
        [
            (UnVote.Abstain, true), (UnVote.Yes, true), (UnVote.Yes, true), (UnVote.Yes, true), (UnVote.Yes, true),
            .. Enumerable.Repeat((UnVote.Yes, false), 5), .. Enumerable.Repeat((UnVote.No, false), 5),
        ];
        Assert.True(UnitedNations.Passes(abstaining, 9));
        Assert.False(UnitedNations.Passes([.. abstaining.Skip(1), (UnVote.No, true)], 9));
        // One elected member fewer for: eight votes fail even without a veto.
        Assert.False(UnitedNations.Passes([.. abstaining.SkipLast(6), .. Enumerable.Repeat((UnVote.No, false), 6)], 9));
    }

    [Fact]
    public void Members_vote_by_doctrine_and_alignment()
    {
        var settings = new DoctrineSettings();
        UnVote Vote(string doctrine, UnMeasure measure, bool isTarget = false, bool allied = false, bool rival = false) =>
            DoctrineCatalog.Create(doctrine, settings).Vote(default, new CouncilDraft(measure, 1, isTarget, allied, rival, Signal: 0));
        Assert.Equal(UnVote.No, Vote("collective-security", UnMeasure.Sanctions, isTarget: true));
        Assert.Equal(UnVote.Yes, Vote("human-security", UnMeasure.Protection));
        Assert.Equal(UnVote.No, Vote("realist", UnMeasure.Protection));
        Assert.Equal(UnVote.No, Vote("human-security", UnMeasure.Protection, allied: true));
        Assert.Equal(UnVote.Yes, Vote("realist", UnMeasure.Sanctions, rival: true));

        // The stances are the doctrines' parameters: a realist told to back protection forces votes for them.
        settings.Realist.Council.Protection = 1;
        Assert.Equal(UnVote.Yes, Vote("realist", UnMeasure.Protection));
    }

    /// <summary>A brutal civil war scripted in one state of a small world, with the UN on; settings added by the caller.</summary>
    private static Simulation AtrocityWorld(params string[] extra)
    {
        string[] settings =
        [
            "parameters.interstate_war.enabled=false", "parameters.civil_war.onsets=false", "parameters.civil_war.brutality_sd=0",
            "parameters.civil_war.government_violence=3000", "parameters.civil_war.settlement=0", "parameters.civil_war.victory=0",
            "parameters.civil_war.secession=0", "parameters.civil_war.patrons=0", "parameters.alliances.formation=false",
            "doctrines.default=human-security", "doctrines.human_security.protection=0", .. extra,
        ];
        var sim = new Simulation(TestWorlds.Grid(20, 16, states: 18, seed: 4, years: 6, extra: settings));
        var states = sim.World.States;
        var target = Enumerable.Range(0, states.Count).Where(s => states.Alive[s]).OrderBy(s => states.Cinc[s]).First();
        sim.CivilWar.Begin(target, sim.ContextFor(0));
        return sim;
    }

    [Fact]
    public void An_intervention_to_protect_comes_only_after_an_adopted_resolution_and_counts_an_override_of_sovereignty()
    {
        var sim = AtrocityWorld();
        var target = sim.CivilWar.Conflicts[0].State;
        sim.Run();
        var events = sim.Observer<EventLogObserver>().Events.ToList();
        var atrocity = events.FindIndex(e => e.Type == "mass_atrocity" && e.State == target);
        var resolution = events.FindIndex(e => e.Type == "un_resolution" && e.State == target && e.Value == (int)UnMeasure.Protection);
        var overrideEvent = events.FindIndex(e => e.Type == "sovereignty_override" && e.State == target);
        Assert.True(atrocity >= 0, "the government committed a mass atrocity");
        Assert.True(resolution > atrocity, "the Council adopted a protection force after it");
        Assert.True(overrideEvent > resolution, "the force went in after the resolution");
        Assert.Equal(events.Count(e => e.Type == "sovereignty_override"), sim.UnitedNations.SovereigntyOverrides);
        Assert.Equal(
            Enumerable.Range(1, sim.UnitedNations.SovereigntyOverrides).Select(n => (double)n),
            events.Where(e => e.Type == "sovereignty_override").Select(e => e.Value));

        // Every override follows an adopted protection resolution on the same state.
        foreach (var (e, i) in events.Select((e, i) => (e, i)).Where(x => x.e.Type == "sovereignty_override"))
        {
            Assert.Contains(events.Take(i), r => r.Type == "un_resolution" && r.State == e.State && r.Value == (int)UnMeasure.Protection);
        }
    }

    [Fact]
    public void Without_an_adopted_resolution_there_is_no_intervention()
    {
        // Nine votes cannot be found: the Council needs more votes than it has members, so every draft fails.
        var sim = AtrocityWorld("parameters.united_nations.votes_to_pass=16");
        var target = sim.CivilWar.Conflicts[0].State;
        sim.Run();
        var events = sim.Observer<EventLogObserver>().Events.ToList();
        Assert.Contains(events, e => e.Type == "mass_atrocity" && e.State == target);
        Assert.Contains(events, e => e.Type == "un_draft_failed" && e.State == target);
        Assert.DoesNotContain(events, e => e.Type == "un_resolution");
        Assert.DoesNotContain(events, e => e.Type == "sovereignty_override");
        Assert.Equal(0, sim.UnitedNations.SovereigntyOverrides);
    }

    [Fact]
    public void A_protection_force_cuts_the_governments_killings()
    {
        var with = AtrocityWorld();
        var without = AtrocityWorld("parameters.united_nations.enabled=false");
        with.Run();
        without.Run();
        var protectedKillings = with.CivilWar.Conflicts[0].GovernmentKillings;
        var unprotected = without.CivilWar.Conflicts[0].GovernmentKillings;
        Assert.True(protectedKillings < unprotected * 0.8, $"{protectedKillings:N0} killed with the force, {unprotected:N0} without");
    }

    [Fact]
    public void The_council_has_five_permanent_and_ten_elected_members_with_half_the_seats_renewed_each_year()
    {
        var sim = new Simulation(TestWorlds.Grid(20, 16, states: 30, seed: 2, years: 4, extra: ["parameters.interstate_war.enabled=false"]));
        var before = new List<int>();
        for (var year = 0; year < 4; year++)
        {
            for (var m = 0; m < 12; m++)
            {
                sim.Step();
            }

            var council = sim.UnitedNations.Council.ToList();
            Assert.Equal(15, council.Count);
            Assert.Equal(5, council.Count(s => sim.UnitedNations.Permanent[s]));
            var elected = council.Where(s => !sim.UnitedNations.Permanent[s]).ToList();
            if (year > 0)
            {
                Assert.Equal(5, elected.Intersect(before).Count());
            }

            before = elected;
        }
    }

    [Fact]
    public void The_united_nations_resume_exactly_from_a_checkpoint()
    {
        var scenario = TestWorlds.Grid(20, 16, states: 18, seed: 4, years: 5,
            extra: ["parameters.civil_war.constant=-3", "parameters.civil_war.government_violence=2000"]);
        var straight = new Simulation(scenario);
        straight.Run();
        var resumed = TestWorlds.RestoredAfter(scenario, 29);
        resumed.Run();
        Assert.Equal(straight.Observer<EventLogObserver>().Events, resumed.Observer<EventLogObserver>().Events);
        Assert.Equal(straight.UnitedNations.SovereigntyOverrides, resumed.UnitedNations.SovereigntyOverrides);
        Assert.Equal(TestWorlds.Csv(straight.Observer<StatesObserver>().Table), TestWorlds.Csv(resumed.Observer<StatesObserver>().Table));
    }

    [Fact]
    public void Authorised_enforcement_counts_as_an_override_and_stands_by_the_victims_of_the_aggressor()
    {
        // A world of states that pledge forces, with interstate war and no civil war: every war begun puts enforcement on
        // the agenda; an adopted one counts an override of the aggressor's sovereignty. The collective-security states
        // are told never to start a war, so that the aggressors are the three realists.
        var sim = new Simulation(TestWorlds.Grid(20, 16, states: 18, seed: 5, years: 30,
            extra: ["parameters.civil_war.enabled=false", "doctrines.default=collective-security", "doctrines.collective_security.initiates_wars=false", "doctrines.assignments.State 1=realist",
                "doctrines.assignments.State 2=realist", "doctrines.assignments.State 3=realist", "parameters.interstate_war.attack_probability=0.2",
                "parameters.united_nations.territorial_norm=0"]));
        sim.Run();
        var events = sim.Observer<EventLogObserver>().Events.ToList();
        var enforcement = events.Where(e => e.Type == "un_resolution" && e.Value == (int)UnMeasure.Enforcement).ToList();
        Assert.NotEmpty(enforcement);
        foreach (var r in enforcement)
        {
            var index = events.IndexOf(r);
            Assert.Contains(events.Take(index), e => e.Type == "war_started" && e.State == r.State);
            Assert.Contains(events.Skip(index), e => e.Type == "sovereignty_override" && e.State == r.State);
        }

        Assert.Equal(events.Count(e => e.Type == "sovereignty_override"), sim.UnitedNations.SovereigntyOverrides);
    }

    [Fact]
    public void A_tabled_draft_is_put_to_the_council_at_the_next_month_and_only_then()
    {
        var sim = new Simulation(TestWorlds.Grid(20, 16, states: 18, seed: 4, years: 2, extra: ["parameters.civil_war.enabled=false"]));
        sim.Step();
        var events = new List<Events.SimulationEvent>();
        sim.Events.Subscribe(events.Add);
        var target = Enumerable.Range(0, sim.World.States.Count).First(s => sim.World.States.Alive[s] && !sim.UnitedNations.Council.Contains(s));
        sim.UnitedNations.Table(UnMeasure.Sanctions, target, "a test");
        sim.Step();
        var tabled = Assert.Single(events.OfType<Events.DraftTabled>(), e => e.Detail.EndsWith("for a test", StringComparison.Ordinal));
        Assert.Equal((1, target), (tabled.Tick, tabled.State));
        Assert.Equal(sim.UnitedNations.Council.Count(), events.OfType<Events.CouncilVote>().Count(v => v.Tick == 1 && v.Detail.StartsWith(tabled.Detail[..(tabled.Detail.IndexOf(':', StringComparison.Ordinal) + 1)], StringComparison.Ordinal)));
        Assert.Contains(events, e => e.Tick == 1 && e.State == target && e is Events.ResolutionAdopted or Events.DraftFailed);

        // The queue is emptied by the Step that takes it up: the next month has no such draft.
        sim.Step();
        Assert.Single(events.OfType<Events.DraftTabled>(), e => e.Detail.EndsWith("for a test", StringComparison.Ordinal));
    }
}

using Westphalia.Classroom;
using Westphalia.Events;
using Westphalia.Governments;
using Westphalia.Mechanisms;

namespace Westphalia.Tests.Classroom;

/// <summary>
/// Security Council sessions for teams on the default scenario (2000 on, so the UN exists). Elected terms are set to
/// 100 years so that the members seated at the Council's first sitting (the first month of turn 1) keep their seats, and
/// five votes pass a draft, so that the teams' votes alone decide whether one passes. The teams govern the five permanent
/// members, one elected member and one state off the Council, found from a game without teams.
/// </summary>
public class CouncilTests
{
    private static readonly string[] Settings = ["years=3", "parameters.united_nations.term_years=100", "parameters.united_nations.votes_to_pass=5"];

    private static readonly Lazy<(string[] Permanent, string Elected, string Outsider, string Target)> Seats = new(() =>
    {
        var probe = Game.Create("default", 5, [], 12, settings: Settings);
        Assert.Empty(probe.CouncilMembers);
        probe.Resolve();
        var members = probe.CouncilMembers;
        var states = probe.Simulation.World.States;
        var others = Enumerable.Range(0, states.Count)
            .Where(s => states.Alive[s] && states.FoundedTick[s] == 0 && members.All(m => m.State != states.Name[s]))
            .Select(s => states.Name[s]).ToList();
        return ([.. members.Where(m => m.Permanent).Select(m => m.State)], members.First(m => !m.Permanent).State, others[0], others[1]);
    });

    private static (Game Game, List<SimulationEvent> Events) NewGame()
    {
        var (permanent, elected, outsider, _) = Seats.Value;
        var game = Game.Create("default", 5, [.. permanent, elected, outsider], 12, settings: Settings);
        game.Resolve();
        var events = new List<SimulationEvent>();
        game.Simulation.Events.Subscribe(events.Add);
        return (game, events);
    }

    [Fact]
    public void Nobody_sits_before_the_council_first_sits_and_then_permanent_members_are_flagged()
    {
        var (permanent, elected, outsider, _) = Seats.Value;
        Assert.Equal(5, permanent.Length);
        var game = Game.Create("default", 5, [.. permanent, elected, outsider], 12, settings: Settings);
        Assert.Empty(game.CouncilMembers);
        var refused = Assert.Throws<InvalidOperationException>(() => game.ProposeDraft(permanent[0], UnMeasure.Sanctions, Seats.Value.Target));
        Assert.Contains("not on the Security Council", refused.Message, StringComparison.Ordinal);
        game.Resolve();
        var members = game.CouncilMembers;
        Assert.Equal(15, members.Count);
        Assert.Equal(5, members.Count(m => m.Permanent));
        Assert.All(permanent, p => Assert.Contains(members, m => m.State == p && m.Permanent && m.Team == p));
        Assert.Contains(members, m => m.State == elected && !m.Permanent && m.Team == elected);
        Assert.DoesNotContain(members, m => m.State == outsider);
    }

    [Fact]
    public void A_draft_voted_yes_by_enough_members_is_adopted_and_its_measure_is_in_force()
    {
        var (game, events) = NewGame();
        var (permanent, elected, _, target) = Seats.Value;
        game.ProposeDraft(elected, UnMeasure.Sanctions, target);
        foreach (var team in permanent.Append(elected))
        {
            game.CastVote(team, 1, UnVote.Yes);
        }

        var draft = Assert.Single(game.DraftsOf(2));
        Assert.Equal((1, elected, UnMeasure.Sanctions, target), (draft.Number, draft.Team, draft.Measure, draft.Target));
        Assert.Equal(6, draft.Votes.Count);
        game.Resolve();
        var slot = game.Simulation.World.States.Name.AsSpan().IndexOf(target);
        var tabled = Assert.Single(events.OfType<DraftTabled>(), e => e.Detail.Contains($"a draft tabled by {elected}", StringComparison.Ordinal));
        Assert.Equal(slot, tabled.State);
        Assert.Equal(12, tabled.Tick);
        Assert.Contains(events.OfType<ResolutionAdopted>(), e => e.State == slot && e.Value == (int)UnMeasure.Sanctions && e.Tick == 12);
        Assert.Contains(game.Simulation.UnitedNations.InForce, r => r.Target == slot && r.Measure == UnMeasure.Sanctions);
        foreach (var team in permanent.Append(elected))
        {
            Assert.Contains(events.OfType<CouncilVote>(), v => v.Tick == 12 && v.State == game.StateOf(team) && v.Value == (int)UnVote.Yes);
        }
    }

    [Fact]
    public void A_permanent_member_team_voting_no_vetoes_the_draft()
    {
        var (game, events) = NewGame();
        var (permanent, elected, _, target) = Seats.Value;
        game.ProposeDraft(permanent[0], UnMeasure.Sanctions, target);
        foreach (var team in permanent.Append(elected))
        {
            game.CastVote(team, 1, UnVote.Yes);
        }

        game.CastVote(permanent[1], 1, UnVote.No);
        game.CastVote(permanent[1], 1, UnVote.Yes);
        game.CastVote(permanent[1], 1, UnVote.No);
        Assert.Equal(UnVote.No, game.DraftsOf(2)[0].Votes[permanent[1]]);
        game.Resolve();
        var veto = Assert.Single(events.OfType<Veto>(), v => v.Tick == 12 && v.State == game.StateOf(permanent[1]));
        Assert.Contains(permanent[1], veto.Detail, StringComparison.Ordinal);
        Assert.Contains(events.OfType<DraftFailed>(), e => e.Tick == 12 && e.Detail.Contains("vetoed", StringComparison.Ordinal));
        var targetSlot = game.Simulation.World.States.Name.AsSpan().IndexOf(target);
        Assert.DoesNotContain(events.OfType<ResolutionAdopted>(), e => e.Tick == 12 && e.State == targetSlot && e.Value == (int)UnMeasure.Sanctions);
    }

    [Fact]
    public void A_team_off_the_council_can_neither_table_nor_vote_and_bad_drafts_are_refused()
    {
        var (game, _) = NewGame();
        var (permanent, _, outsider, target) = Seats.Value;
        var table = Assert.Throws<InvalidOperationException>(() => game.ProposeDraft(outsider, UnMeasure.Sanctions, target));
        Assert.Contains($"{outsider} cannot table a draft: its state is not on the Security Council", table.Message, StringComparison.Ordinal);
        game.ProposeDraft(permanent[0], UnMeasure.Sanctions, target);
        var vote = Assert.Throws<InvalidOperationException>(() => game.CastVote(outsider, 1, UnVote.Yes));
        Assert.Contains("not on the Security Council", vote.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => game.ProposeDraft(permanent[0], UnMeasure.Sanctions, "Atlantis"));
        Assert.Throws<InvalidOperationException>(() => game.ProposeDraft(permanent[1], UnMeasure.Sanctions, target));
        Assert.Throws<ArgumentException>(() => game.CastVote(permanent[0], 2, UnVote.Yes));
        Assert.Throws<ArgumentException>(() => game.ProposeDraft("Nobody", UnMeasure.Sanctions, target));
        Assert.Single(game.DraftsOf(2));
    }

    [Fact]
    public void The_UN_must_exist_for_a_team_to_table_a_draft()
    {
        var (permanent, _, _, target) = Seats.Value;
        var game = Game.Create("default", 5, [permanent[0]], 12, settings: [.. Settings, "parameters.united_nations.founding_year=2050"]);
        game.Resolve();
        var refused = Assert.Throws<InvalidOperationException>(() => game.ProposeDraft(permanent[0], UnMeasure.Sanctions, target));
        Assert.Contains("does not exist in 2001", refused.Message, StringComparison.Ordinal);
        Assert.Empty(game.CouncilMembers);
    }

    [Fact]
    public void Drafts_and_votes_travel_through_the_log_and_replay_to_every_hash()
    {
        var (game, _) = NewGame();
        var (permanent, elected, _, target) = Seats.Value;
        game.ProposeDraft(elected, UnMeasure.Sanctions, target);
        game.ProposeDraft(permanent[2], UnMeasure.Condemnation, permanent[3]);
        game.CastVote(permanent[0], 1, UnVote.Yes);
        game.CastVote(permanent[3], 2, UnVote.No);
        game.CastVote(elected, 2, UnVote.Abstain);
        game.Resolve();
        var json = GameJson.Serialize(game.Events);
        Assert.Contains("\"type\":\"draft_proposed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"type\":\"council_vote_cast\"", json, StringComparison.Ordinal);
        var events = GameJson.Deserialize(json);
        Assert.Equal(json, GameJson.Serialize(events));
        var replayed = Game.Replay(events);
        Assert.Equal(game.Resolved, replayed.Resolved);
        Assert.Equal(2, replayed.DraftsOf(2).Count);
        Assert.Equal(UnVote.Abstain, replayed.DraftsOf(2)[1].Votes[elected]);

        // Without the drafts the second turn goes differently: the log's drafts are what the hash checks.
        var without = events.Where(e => e is not DraftProposed and not CouncilVoteCast).ToList();
        Assert.Throws<GameReplayException>(() => Game.Replay(without));
    }

    [Fact]
    public void A_teams_vote_overrides_its_orders_and_doctrine_only_on_the_draft_it_voted_on()
    {
        var (game, _) = NewGame();
        var (permanent, _, _, target) = Seats.Value;
        var team = permanent[0];
        var slot = game.StateOf(team);
        var sim = game.Simulation;
        var government = (TeamGovernment)sim.Governments[slot];
        var states = sim.World.States;
        var targetSlot = states.Name.AsSpan().IndexOf(target);
        var other = states.Name.AsSpan().IndexOf(Seats.Value.Outsider);
        var view = sim.Governments.View(slot, sim.Tick, 2001);
        var doctrine = Game.Create("default", 5, [], 12, settings: Settings).Simulation.Governments[slot];
        var drafts = new[]
        {
            new CouncilDraft(UnMeasure.Sanctions, targetSlot, false, false, false, 0),
            new CouncilDraft(UnMeasure.Sanctions, other, false, false, false, 0),
            new CouncilDraft(UnMeasure.Condemnation, targetSlot, false, false, false, 0),
            new CouncilDraft(UnMeasure.Peacekeeping, other, false, false, false, 0),
        };

        foreach (var vote in new[] { UnVote.Yes, UnVote.No, UnVote.Abstain })
        {
            government.BeginTurn(sim.Tick, null, MissingOrdersPolicy.Computer, new Dictionary<(UnMeasure, int), UnVote> { [(UnMeasure.Sanctions, targetSlot)] = vote });
            Assert.Equal(vote, government.Vote(view, drafts[0]));
            foreach (var d in drafts.Skip(1))
            {
                Assert.Equal(doctrine.Vote(view, d), government.Vote(view, d));
            }
        }

        // Orders on the Council still decide the drafts the team did not vote on.
        var orders = new Westphalia.Scenarios.Orders { Council = new Westphalia.Scenarios.CouncilOrders { Default = UnVote.Abstain } };
        government.BeginTurn(sim.Tick, orders, MissingOrdersPolicy.Computer, new Dictionary<(UnMeasure, int), UnVote> { [(UnMeasure.Sanctions, targetSlot)] = UnVote.No });
        Assert.Equal(UnVote.No, government.Vote(view, drafts[0]));
        Assert.All(drafts.Skip(1), d => Assert.Equal(UnVote.Abstain, government.Vote(view, d)));
    }
}

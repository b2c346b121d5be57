using Westphalia.Classroom;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;

namespace Westphalia.Tests.Classroom;

/// <summary>Two student teams govern two states of the default scenario (every state balanced) for three yearly turns.</summary>
public class GameTests
{
    private const string Red = "State 1";
    private const string Blue = "State 2";

    private static Game NewGame(MissingOrdersPolicy policy = MissingOrdersPolicy.Computer, int threads = 1) =>
        Game.Create("default", 5, [Red, Blue], 12, policy, ["years=3"], threads);

    private static Orders Budget(double military) =>
        new() { Budget = new BudgetOrders { Military = military, Welfare = 0.8 - military, Police = 0.1, Aid = 0.1 } };

    /// <summary>Plays three turns: Red orders its budget every turn, Blue only in the first.</summary>
    private static Game Played(int threads = 1)
    {
        var game = NewGame(threads: threads);
        game.Submit(Red, Budget(0.3));
        game.Submit(Blue, Budget(0.2));
        game.Resolve();
        game.Submit(Red, Budget(0.4));
        game.Resolve();
        game.Submit(Red, Budget(0.5));
        game.Resolve();
        return game;
    }

    [Fact]
    public void Teams_budget_orders_take_effect_and_states_without_teams_follow_their_doctrine()
    {
        var game = NewGame();
        var states = game.Simulation.World.States;
        var balanced = game.Simulation.Scenario.Doctrines.Balanced;
        int red = game.StateOf(Red), blue = game.StateOf(Blue);
        Assert.Equal(3, game.Turns);
        Assert.Equal(TeamGovernment.GovernmentName, states.Doctrine[red]);
        for (var turn = 1; turn <= 3; turn++)
        {
            game.Submit(Red, Budget(0.1 * turn));
            game.Submit(Blue, Budget(0.35));
            var resolved = game.Resolve();
            Assert.Equal(turn, resolved.Turn);
            Assert.Equal(12 * turn, game.Simulation.Tick);
            Assert.Equal(0.1 * turn, states.MilitaryBudgetShare[red], 12);
            Assert.Equal(0.35, states.MilitaryBudgetShare[blue], 12);
            for (var s = 0; s < states.Count; s++)
            {
                if (s != red && s != blue && states.Alive[s])
                {
                    Assert.Equal("balanced", states.Doctrine[s]);
                    Assert.Equal(balanced.Military, states.MilitaryBudgetShare[s], 12);
                }
            }
        }

        Assert.True(game.IsFinished);
        Assert.Throws<InvalidOperationException>(() => game.Resolve(4));
    }

    [Fact]
    public void Missing_orders_under_the_computer_policy_are_the_doctrines()
    {
        var game = NewGame(MissingOrdersPolicy.Computer);
        var states = game.Simulation.World.States;
        game.Submit(Red, Budget(0.3));
        game.Resolve();
        Assert.Equal(0.3, states.MilitaryBudgetShare[game.StateOf(Red)], 12);
        game.Resolve();
        Assert.Equal(game.Simulation.Scenario.Doctrines.Balanced.Military, states.MilitaryBudgetShare[game.StateOf(Red)], 12);
    }

    [Fact]
    public void Missing_orders_under_the_repeat_last_policy_are_the_last_turns()
    {
        var game = NewGame(MissingOrdersPolicy.RepeatLast);
        var states = game.Simulation.World.States;
        game.Submit(Red, Budget(0.3));
        game.Resolve();
        game.Resolve();
        Assert.Equal(0.3, states.MilitaryBudgetShare[game.StateOf(Red)], 12);

        // Blue never sent orders: its doctrine decides.
        Assert.Equal(game.Simulation.Scenario.Doctrines.Balanced.Military, states.MilitaryBudgetShare[game.StateOf(Blue)], 12);
    }

    [Fact]
    public void Missing_orders_under_the_instructor_policy_hold_the_turn_until_they_arrive()
    {
        var game = NewGame(MissingOrdersPolicy.Instructor);
        game.Submit(Red, Budget(0.3));
        var refused = Assert.Throws<InvalidOperationException>(() => game.Resolve());
        Assert.Contains(Blue, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, game.Simulation.Tick);
        Assert.Empty(game.Resolved);

        game.Submit(Blue, Budget(0.2));
        game.Resolve();
        Assert.Equal(12, game.Simulation.Tick);

        Assert.Throws<InvalidOperationException>(() => game.Resolve());
        game.ChangePolicy(MissingOrdersPolicy.Computer);
        game.Resolve();
        Assert.Equal(2, game.Resolved.Count);
    }

    [Fact]
    public void Resolving_a_turn_twice_returns_its_result_and_changes_nothing()
    {
        var game = NewGame();
        var first = game.Resolve();
        var events = game.Events.Count;
        Assert.Same(first, game.Resolve(1));
        Assert.Equal(events, game.Events.Count);
        Assert.Equal(12, game.Simulation.Tick);
    }

    [Fact]
    public void A_team_cannot_submit_for_a_turn_already_resolved()
    {
        var game = NewGame();
        game.Resolve();
        var refused = Assert.Throws<InvalidOperationException>(() => game.Submit(1, Red, Budget(0.3)));
        Assert.Contains("turn 1 is already resolved", refused.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => game.Submit(2, "State 3", Budget(0.3)));
    }

    [Fact]
    public void Orders_a_scenario_could_not_hold_are_refused()
    {
        var game = NewGame();
        var budget = Assert.Throws<ArgumentException>(() => game.Submit(Red, new Orders { Budget = new BudgetOrders { Military = 1.5 } }));
        Assert.Contains("budget.military is 1.5", budget.Message, StringComparison.Ordinal);
        var target = Assert.Throws<ArgumentException>(() => game.Submit(Red, new Orders { War = new WarOrders { Targets = ["Atlantis"] } }));
        Assert.Contains("Atlantis", target.Message, StringComparison.Ordinal);
        Assert.Single(game.Events);
    }

    [Fact]
    public void War_council_and_alliance_orders_travel_through_the_log()
    {
        var game = NewGame();
        var orders = new Orders
        {
            War = new WarOrders { Attack = false, Concede = true, Targets = [Blue] },
            Council = new CouncilOrders { Default = UnVote.No },
            Alliances = new AllianceOrders { Ally = "none", Leave = true },
            Treaties = new TreatyOrders { Sign = true, Cheat = false },
        };
        game.Submit(Red, orders);
        game.Resolve();
        var events = GameJson.Deserialize(GameJson.Serialize(game.Events));
        var submitted = Assert.IsType<OrdersSubmitted>(events[1]);
        Assert.Equal(UnVote.No, submitted.Orders.Council!.Default);
        Assert.Equal([Blue], submitted.Orders.War!.Targets!);
        Assert.Equal("none", submitted.Orders.Alliances!.Ally);
        Assert.Equal(game.Resolved, Game.Replay(events).Resolved);
    }

    [Fact]
    public void The_log_replays_after_a_json_round_trip_to_every_recorded_hash_on_one_or_two_threads()
    {
        var game = Played();
        var json = GameJson.Serialize(game.Events);
        var events = GameJson.Deserialize(json);
        Assert.Equal(json, GameJson.Serialize(events));

        var replayed = Game.Replay(events);
        Assert.Equal(game.Resolved, replayed.Resolved);
        Assert.Equal(Game.HashOf(game.Simulation), Game.HashOf(replayed.Simulation));

        var twoThreads = Game.Replay(events, threads: 2);
        Assert.Equal(game.Resolved, twoThreads.Resolved);
        Assert.Equal(game.Resolved, Played(threads: 2).Resolved);
    }

    [Fact]
    public void Replaying_to_a_turn_gives_the_state_after_that_turn()
    {
        var game = Played();
        var after2 = Game.ReplayTo(game.Events, 2);
        Assert.Equal(24, after2.Tick);
        Assert.Equal(game.Resolved[1].StateHash, Game.HashOf(after2));
        Assert.Equal(0, game.ReplayTo(0).Tick);
    }

    [Fact]
    public void Tampering_with_one_order_makes_replay_fail_naming_its_turn()
    {
        var events = GameJson.Deserialize(GameJson.Serialize(Played().Events)).ToList();
        var index = events.FindIndex(e => e is OrdersSubmitted { Turn: 2 });
        events[index] = (OrdersSubmitted)events[index] with { Orders = Budget(0.45) };

        var failure = Assert.Throws<GameReplayException>(() => Game.Replay(events));
        Assert.Equal(2, failure.Turn);
        Assert.Contains("turn 2", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_team_sees_its_own_state_in_full_and_others_public_rows()
    {
        var game = NewGame();
        game.Resolve();
        var view = game.ViewFor(Red);
        var states = game.Simulation.World.States;
        var red = game.StateOf(Red);
        Assert.Equal(Red, view.Own.Name);
        Assert.Equal(states.Population[red], view.Own.Population);
        Assert.Equal(states.MilitaryBudgetShare[red], view.Own.MilitaryShare);
        Assert.DoesNotContain(view.Others, o => o.Id == red);
        foreach (var other in view.Others)
        {
            Assert.Equal(states.Name[other.Id], other.Name);
            Assert.Equal(states.RegionCount[other.Id], other.Regions);
            if (!states.Allied(red, other.Id))
            {
                Assert.Null(other.Population);
                Assert.Null(other.MilitaryShare);
            }
        }
    }
}

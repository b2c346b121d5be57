using System.Globalization;
using System.IO.Hashing;
using Westphalia.Scenarios;

namespace Westphalia.Classroom;

/// <summary>
/// A classroom game: a simulation in which student teams govern states beside computer-governed ones, played a turn
/// (<see cref="GameCreated.TurnMonths"/> months) at a time. The game is event-sourced: every change is an event
/// appended to <see cref="Events"/>, and <see cref="Replay"/> rebuilds the game from them alone. A server drives it:
/// <see cref="Create"/>, <see cref="Submit"/> orders, <see cref="Resolve()"/> the turn, show each team its
/// <see cref="ViewFor"/>, and store the log (<see cref="GameJson"/>). The game knows no web app, files or database.
/// </summary>
public sealed class Game
{
    private readonly List<GameEvent> _events = [];
    private readonly Dictionary<(int Turn, string Team), Orders> _orders = [];
    private readonly Dictionary<string, (int Slot, int Identity, TeamGovernment Government)> _teams = new(StringComparer.Ordinal);
    private readonly List<TurnResolved> _resolved = [];

    private Game(GameCreated created, int threads)
    {
        Created = created;
        Policy = created.Policy;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(created.TurnMonths, nameof(created.TurnMonths));
        var scenario = ScenarioLoader.LoadText(created.ScenarioText, "game", created.Settings);
        scenario.Seed = created.Seed;
        Simulation = new Simulation(scenario, threads);
        var states = Simulation.World.States;
        int StateOf(string name) => Array.FindIndex(states.Name, n => n == name) is var s && s >= 0 && states.FoundedTick[s] == 0 ? s : -1;
        foreach (var team in created.Teams)
        {
            var slot = StateOf(team);
            if (slot < 0)
            {
                throw new ArgumentException($"team {team}: the scenario has no state of that name", nameof(created));
            }

            if (_teams.ContainsKey(team))
            {
                throw new ArgumentException($"team {team} is listed twice", nameof(created));
            }

            var government = new TeamGovernment(team, Simulation.Governments[slot], scenario.StartYear, StateOf);
            Simulation.Governments.Replace(slot, government);
            _teams.Add(team, (slot, states.Identity[slot], government));
        }

        _events.Add(created);
    }

    /// <summary>
    /// Starts a game on a scenario: a built-in scenario's name or a scenario's YAML text, with <c>--set</c> style
    /// <paramref name="settings"/> applied to it, the <paramref name="seed"/> in place of the scenario's, the teams (the
    /// names of the states they govern), the length of a turn in months and the missing-orders policy.
    /// <paramref name="threads"/> is how the run is computed, not part of the game: results do not depend on it.
    /// </summary>
    public static Game Create(
        string scenario, ulong seed, IReadOnlyList<string> teams, int turnMonths = 12, MissingOrdersPolicy policy = MissingOrdersPolicy.Computer,
        IReadOnlyList<string>? settings = null, int threads = 1)
    {
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(teams);
        var text = ScenarioCatalog.TryGetText(scenario, out var builtIn) ? builtIn : scenario;
        return new Game(new GameCreated(text, [.. settings ?? []], seed, [.. teams], turnMonths, policy), threads);
    }

    /// <summary>The game's first event: its scenario, seed, teams and turn length.</summary>
    public GameCreated Created { get; }

    /// <summary>The log, in the order the events happened.</summary>
    public IReadOnlyList<GameEvent> Events => _events;

    /// <summary>The simulation the game plays (its state after the last resolved turn).</summary>
    public Simulation Simulation { get; }

    /// <summary>The missing-orders policy in force.</summary>
    public MissingOrdersPolicy Policy { get; private set; }

    public IReadOnlyList<string> Teams => Created.Teams;

    /// <summary>The number of turns in the run (the last may be shorter than the others).</summary>
    public int Turns => (Simulation.Scenario.Ticks + Created.TurnMonths - 1) / Created.TurnMonths;

    /// <summary>The turn to resolve next, from 1; <see cref="Turns"/> + 1 once the game is over.</summary>
    public int Turn => _resolved.Count + 1;

    public bool IsFinished => Turn > Turns;

    /// <summary>The turns resolved so far, each with the state hash after it.</summary>
    public IReadOnlyList<TurnResolved> Resolved => _resolved;

    /// <summary>The orders a team has submitted for a turn, or null.</summary>
    public Orders? OrdersOf(int turn, string team) => _orders.GetValueOrDefault((turn, team));

    /// <summary>The teams whose state still lives and that have no orders for a turn.</summary>
    public IReadOnlyList<string> Missing(int turn) => [.. Teams.Where(t => IsAlive(t) && !_orders.ContainsKey((turn, t)))];

    /// <summary>Records a team's orders for a turn not yet resolved (the current one or a later one); a later submission for the same turn replaces this one.</summary>
    /// <exception cref="InvalidOperationException">The turn is already resolved or beyond the end of the game.</exception>
    /// <exception cref="ArgumentException">Not a team of the game, or orders with a budget figure outside [0, 1] or naming no state of the initial map.</exception>
    public OrdersSubmitted Submit(int turn, string team, Orders orders)
    {
        ArgumentNullException.ThrowIfNull(team);
        ArgumentNullException.ThrowIfNull(orders);
        if (!_teams.ContainsKey(team))
        {
            throw new ArgumentException($"{team} is not a team of this game (teams: {string.Join(", ", Teams)})", nameof(team));
        }

        if (turn < Turn)
        {
            throw new InvalidOperationException($"turn {turn} is already resolved: orders from {team} can only be for turn {Turn} or later");
        }

        if (turn > Turns)
        {
            throw new InvalidOperationException($"turn {turn} is beyond the end of the game (it has {Turns} turns)");
        }

        Check(team, orders);
        var submitted = new OrdersSubmitted(turn, team, orders);
        _orders[(turn, team)] = orders;
        _events.Add(submitted);
        return submitted;
    }

    /// <summary>Refuses orders a scenario's file of orders could not hold: budget figures outside [0, 1], names of states not on the initial map.</summary>
    private void Check(string team, Orders orders)
    {
        var states = Simulation.World.States;
        bool Known(string name) => Array.FindIndex(states.Name, n => n == name) is var s && s >= 0 && states.FoundedTick[s] == 0;
        void Fail(string what) => throw new ArgumentException($"orders from {team}: {what}", nameof(orders));
        if (orders.Budget is { } b)
        {
            foreach (var (name, value) in new[]
            {
                ("tax_rate", b.TaxRate), ("military", b.Military), ("welfare", b.Welfare), ("police", b.Police), ("aid", b.Aid),
                ("protection", b.Protection), ("sharing", b.Sharing), ("peacekeeping", b.Peacekeeping),
            })
            {
                if (value is { } v && !(v >= 0 && v <= 1))
                {
                    Fail($"budget.{name} is {v.ToString(CultureInfo.InvariantCulture)}; it must be between 0 and 1");
                }
            }
        }

        foreach (var name in (orders.War?.Targets ?? []).Concat(orders.Arm?.Keys ?? Enumerable.Empty<string>()))
        {
            if (!Known(name))
            {
                Fail($"no state is named '{ScenarioLoader.Shorten(name)}'");
            }
        }

        if (orders.Alliances?.Ally is { } ally && ally != "none" && !Known(ally))
        {
            Fail($"no state is named '{ScenarioLoader.Shorten(ally)}' (or give 'none')");
        }
    }

    /// <summary>Records a team's orders for the current turn.</summary>
    public OrdersSubmitted Submit(string team, Orders orders) => Submit(Turn, team, orders);

    /// <summary>Switches the missing-orders policy for the turns resolved from now on.</summary>
    public PolicyChanged ChangePolicy(MissingOrdersPolicy policy)
    {
        var changed = new PolicyChanged(policy);
        Policy = policy;
        _events.Add(changed);
        return changed;
    }

    /// <summary>Resolves the current turn.</summary>
    public TurnResolved Resolve() => Resolve(Turn);

    /// <summary>
    /// Runs the simulation through a turn with the orders submitted for it and appends its <see cref="TurnResolved"/>.
    /// Resolving a turn already resolved returns its result again and changes nothing.
    /// </summary>
    /// <exception cref="InvalidOperationException">
    /// The turn is not the next one, the game is over, or the policy is <see cref="MissingOrdersPolicy.Instructor"/> and
    /// a living team has no orders for the turn.
    /// </exception>
    public TurnResolved Resolve(int turn)
    {
        if (turn >= 1 && turn < Turn)
        {
            return _resolved[turn - 1];
        }

        if (IsFinished)
        {
            throw new InvalidOperationException($"the game is over: all {Turns} turns are resolved");
        }

        if (turn != Turn)
        {
            throw new InvalidOperationException($"turn {turn} cannot be resolved: the next turn is {Turn}");
        }

        if (Policy == MissingOrdersPolicy.Instructor && Missing(turn) is { Count: > 0 } missing)
        {
            throw new InvalidOperationException(
                $"turn {turn} waits for orders from {string.Join(", ", missing)}: the missing-orders policy is Instructor (submit for them or change the policy)");
        }

        var sim = Simulation;
        var first = sim.Tick;
        foreach (var (team, (_, _, government)) in _teams)
        {
            government.BeginTurn(first, _orders.GetValueOrDefault((turn, team)), IsAlive(team) ? Policy : MissingOrdersPolicy.Computer);
        }

        var end = Math.Min(sim.Scenario.Ticks, first + Created.TurnMonths);
        while (sim.Tick < end)
        {
            sim.Step();
        }

        var resolved = new TurnResolved(turn, HashOf(sim));
        _resolved.Add(resolved);
        _events.Add(resolved);
        return resolved;
    }

    /// <summary>Whether a team's state still lives (its slot holds the state it started with, alive).</summary>
    public bool IsAlive(string team)
    {
        var (slot, identity, _) = _teams[team];
        var states = Simulation.World.States;
        return states.Alive[slot] && states.Identity[slot] == identity;
    }

    /// <summary>The slot of a team's state in the world's state table.</summary>
    public int StateOf(string team) => _teams[team].Slot;

    /// <summary>What a team may see now (<see cref="TeamView"/>).</summary>
    public TeamView ViewFor(string team)
    {
        if (!_teams.TryGetValue(team, out var t))
        {
            throw new ArgumentException($"{team} is not a team of this game", nameof(team));
        }

        return TeamView.Of(Simulation.World, t.Slot, team, Turn);
    }

    /// <summary>
    /// The hash of the whole simulation state (its checkpoint, <see cref="Simulation.Save"/>: world, mechanisms, event
    /// log, observers) as 16 hexadecimal digits of XxHash64: the same for the same game, whatever the thread count.
    /// </summary>
    public static string HashOf(Simulation simulation)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        using var stream = new MemoryStream();
        simulation.Save(stream);
        return XxHash64.HashToUInt64(stream.GetBuffer().AsSpan(0, (int)stream.Length)).ToString("x16", CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Rebuilds a game from its log alone, resolving each turn where the log resolved it and checking its state hash.
    /// </summary>
    /// <exception cref="GameReplayException">A turn's hash differs from the log's (the first such turn is named), or the log is malformed.</exception>
    public static Game Replay(IEnumerable<GameEvent> events, int threads = 1) => Replay(events, int.MaxValue, threads);

    /// <summary>
    /// Replays a game's log up to the end of <paramref name="turn"/> (0: the world before the first turn) and returns
    /// the simulation as it was then, for an after-action review: its world for a map, its observers' tables so far.
    /// </summary>
    public static Simulation ReplayTo(IEnumerable<GameEvent> events, int turn, int threads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(turn);
        var game = Replay(events, turn, threads);
        if (game._resolved.Count < turn)
        {
            throw new GameReplayException(turn, $"turn {turn} was never resolved: the log ends after turn {game._resolved.Count}");
        }

        return game.Simulation;
    }

    /// <summary>This game's simulation as it was after a turn, replayed from its log.</summary>
    public Simulation ReplayTo(int turn) => ReplayTo(_events, turn, Simulation.Threads);

    private static Game Replay(IEnumerable<GameEvent> events, int lastTurn, int threads)
    {
        ArgumentNullException.ThrowIfNull(events);
        Game? game = null;
        foreach (var e in events)
        {
            if (game is null)
            {
                game = e is GameCreated created
                    ? new Game(created, threads)
                    : throw new GameReplayException(0, "the log does not begin with the game's creation");
                continue;
            }

            if (game._resolved.Count >= lastTurn)
            {
                break;
            }

            switch (e)
            {
                case GameCreated:
                    throw new GameReplayException(game.Turn, "the log creates the game twice");
                case OrdersSubmitted o:
                    game.Submit(o.Turn, o.Team, o.Orders);
                    break;
                case PolicyChanged p:
                    game.ChangePolicy(p.Policy);
                    break;
                case TurnResolved r:
                    if (r.Turn != game.Turn)
                    {
                        throw new GameReplayException(r.Turn, $"the log resolves turn {r.Turn} when the next turn is {game.Turn}");
                    }

                    var replayed = game.Resolve();
                    if (replayed.StateHash != r.StateHash)
                    {
                        throw new GameReplayException(
                            r.Turn, $"replay diverges at turn {r.Turn}: the state hash after it is {replayed.StateHash}, the log recorded {r.StateHash}");
                    }

                    break;
                default:
                    throw new GameReplayException(game.Turn, $"unknown event {e.GetType().Name}");
            }
        }

        return game ?? throw new GameReplayException(0, "the log is empty");
    }
}

using System.Globalization;
using System.IO.Hashing;
using Westphalia.Doctrines;
using Westphalia.Observers;
using Westphalia.Mechanisms;
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
    private readonly Dictionary<int, List<(string Team, UnMeasure Measure, string Target, Dictionary<string, UnVote> Votes)>> _drafts = [];
    private readonly List<IReadOnlyList<StateOutcome>> _outcomes = [];
    private readonly List<(int Slot, string Name, string Doctrine)> _initial = [];

    private Game(GameCreated created, int threads)
    {
        Created = created;
        Policy = created.Policy;
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(created.TurnMonths, nameof(created.TurnMonths));
        var scenario = ScenarioLoader.LoadText(created.ScenarioText, "game", created.Settings);
        scenario.Seed = created.Seed;
        Simulation = new Simulation(scenario, threads);
        var states = Simulation.World.States;
        foreach (var team in created.Teams)
        {
            var slot = InitialState(team);
            if (slot < 0)
            {
                throw new ArgumentException($"team {team}: the scenario has no state of that name", nameof(created));
            }

            if (_teams.ContainsKey(team))
            {
                throw new ArgumentException($"team {team} is listed twice", nameof(created));
            }

            var government = new TeamGovernment(team, Simulation.Governments[slot], scenario.StartYear, InitialState);
            Simulation.Governments.Replace(slot, government);
            _teams.Add(team, (slot, states.Identity[slot], government));
        }

        for (var s = 0; s < states.Count; s++)
        {
            if (states.FoundedTick[s] == 0)
            {
                _initial.Add((s, states.Name[s], _teams.Values.Any(t => t.Slot == s) ? TeamGovernment.GovernmentName : Simulation.Governments[s].Name));
            }
        }

        _starts = _teams.ToDictionary(t => t.Key, t => (states.RegionCount[t.Value.Slot], states.Population[t.Value.Slot]), StringComparer.Ordinal);
        _events.Add(created);
    }

    private readonly Dictionary<string, (int Regions, long Population)> _starts;

    /// <summary>A team's state as the game began: its regions and its population.</summary>
    public (int Regions, long Population) StartOf(string team) => _starts[team];

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
        bool Known(string name) => InitialState(name) >= 0;
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

    /// <summary>
    /// The states on the Security Council now, permanent members first, each with the team that governs it (if any):
    /// those that will sit when the next turn's drafts are put to the vote. Empty while the UN does not exist in the
    /// current year, and before the Council first sits: its seats are filled at its first sitting, in the first month
    /// the UN exists, so in a game that starts with the UN in place nobody sits before the first turn is resolved (no
    /// team can table a draft or vote in the first turn). An elected member whose term ends at the coming January is
    /// left out; the members elected that January are drawn only then, so a team's state newly elected at the start of
    /// a turn votes by its orders and doctrine that turn.
    /// </summary>
    public IReadOnlyList<CouncilSeat> CouncilMembers
    {
        get
        {
            var sim = Simulation;
            var un = sim.UnitedNations;
            if (!un.Exists(CurrentYear) || !un.Seated)
            {
                return [];
            }

            var teamOf = _teams.Where(t => IsAlive(t.Key)).ToDictionary(t => t.Value.Slot, t => t.Key);
            return [.. un.Council.Where(s => un.Permanent[s] || un.TermEnds[s] > sim.Tick)
                .Select(s => new CouncilSeat(sim.World.States.Name[s], un.Permanent[s], teamOf.GetValueOrDefault(s)))];
        }
    }

    /// <summary>The year of the next turn's first month.</summary>
    private int CurrentYear => Simulation.Scenario.StartYear + (Simulation.Tick / 12);

    /// <summary>
    /// Tables a draft resolution for the current turn on behalf of a team whose state sits on the Council
    /// (<see cref="CouncilMembers"/>): <paramref name="measure"/> on the living state of the initial map named
    /// <paramref name="target"/>. At <see cref="Resolve()"/> the turn's drafts go to the Council in its first month,
    /// numbered in the order proposed, after the drafts on the month's events; every member votes, team members as
    /// they voted (<see cref="CastVote"/>), then by their orders and doctrine.
    /// </summary>
    /// <exception cref="ArgumentException">Not a team of the game, or no living state of the initial map is named <paramref name="target"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// The game is over, the UN does not exist in the current year, the team's state is not on the Council now, or the
    /// same measure on the same target is already tabled this turn.
    /// </exception>
    public DraftProposed ProposeDraft(string team, UnMeasure measure, string target)
    {
        ArgumentNullException.ThrowIfNull(target);
        RequireCouncilMember(team, "table a draft");
        if (!Enum.IsDefined(measure))
        {
            throw new ArgumentException($"draft from {team}: {measure} is not a measure the Council can adopt", nameof(measure));
        }

        var slot = InitialState(target);
        if (slot < 0 || !Simulation.World.States.Alive[slot])
        {
            throw new ArgumentException($"draft from {team}: no living state is named '{ScenarioLoader.Shorten(target)}'", nameof(target));
        }

        var drafts = _drafts.GetValueOrDefault(Turn) ?? [];
        if (drafts.FindIndex(d => d.Measure == measure && d.Target == target) is var same and >= 0)
        {
            throw new InvalidOperationException(
                $"draft from {team}: {UnitedNations.MeasureName(measure)} on {target} is already tabled this turn (draft {same + 1})");
        }

        var proposed = new DraftProposed(Turn, team, measure, target);
        drafts.Add((team, measure, target, new Dictionary<string, UnVote>(StringComparer.Ordinal)));
        _drafts[Turn] = drafts;
        _events.Add(proposed);
        return proposed;
    }

    /// <summary>Records a Council-member team's vote on draft number <paramref name="draft"/> (from 1) of the current turn; a later vote replaces an earlier one.</summary>
    /// <exception cref="ArgumentException">Not a team of the game, or no draft of that number this turn.</exception>
    /// <exception cref="InvalidOperationException">The game is over, the UN does not exist in the current year, or the team's state is not on the Council now.</exception>
    public CouncilVoteCast CastVote(string team, int draft, UnVote vote)
    {
        RequireCouncilMember(team, "vote");
        var drafts = _drafts.GetValueOrDefault(Turn) ?? [];
        if (draft < 1 || draft > drafts.Count)
        {
            throw new ArgumentException(
                $"vote from {team}: there is no draft {draft} this turn ({(drafts.Count == 0 ? "none is tabled" : $"drafts 1 to {drafts.Count}")})", nameof(draft));
        }

        if (!Enum.IsDefined(vote))
        {
            throw new ArgumentException($"vote from {team}: {vote} is not a vote", nameof(vote));
        }

        var cast = new CouncilVoteCast(Turn, team, draft, vote);
        drafts[draft - 1].Votes[team] = vote;
        _events.Add(cast);
        return cast;
    }

    /// <summary>The drafts teams tabled for a turn, in order, with the team votes cast on each so far.</summary>
    public IReadOnlyList<TabledDraft> DraftsOf(int turn) =>
        [.. (_drafts.GetValueOrDefault(turn) ?? []).Select((d, i) =>
            new TabledDraft(i + 1, d.Team, d.Measure, d.Target, new Dictionary<string, UnVote>(d.Votes, StringComparer.Ordinal)))];

    private void RequireCouncilMember(string team, string what)
    {
        ArgumentNullException.ThrowIfNull(team);
        if (!_teams.ContainsKey(team))
        {
            throw new ArgumentException($"{team} is not a team of this game (teams: {string.Join(", ", Teams)})", nameof(team));
        }

        if (IsFinished)
        {
            throw new InvalidOperationException($"the game is over: {team} cannot {what}");
        }

        if (!Simulation.UnitedNations.Exists(CurrentYear))
        {
            throw new InvalidOperationException($"{team} cannot {what}: the United Nations does not exist in {CurrentYear}");
        }

        if (!CouncilMembers.Any(m => m.Team == team))
        {
            var members = CouncilMembers;
            throw new InvalidOperationException(
                $"{team} cannot {what}: its state is not on the Security Council (members: {(members.Count == 0 ? "none yet, the Council first sits in the first month" : string.Join(", ", members.Select(m => m.State)))})");
        }
    }

    /// <summary>The slot of a state of the initial map by name, or −1.</summary>
    private int InitialState(string name)
    {
        var states = Simulation.World.States;
        return Array.FindIndex(states.Name, n => n == name) is var s && s >= 0 && states.FoundedTick[s] == 0 ? s : -1;
    }

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
    /// The drafts teams tabled for the turn go to the Security Council in its first month; afterwards the outcomes of
    /// every state of the initial map are recorded (<see cref="OutcomesOf"/>).
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
        var drafts = _drafts.GetValueOrDefault(turn) ?? [];
        foreach (var (team, (_, _, government)) in _teams)
        {
            var votes = new Dictionary<(UnMeasure Measure, int Target), UnVote>();
            foreach (var d in drafts)
            {
                if (d.Votes.TryGetValue(team, out var vote))
                {
                    votes[(d.Measure, InitialState(d.Target))] = vote;
                }
            }

            government.BeginTurn(first, _orders.GetValueOrDefault((turn, team)), IsAlive(team) ? Policy : MissingOrdersPolicy.Computer, votes);
        }

        foreach (var d in drafts)
        {
            // The world has not changed since the draft was proposed (drafts are for the current turn), so its target still lives.
            sim.UnitedNations.Table(d.Measure, InitialState(d.Target), $"a draft tabled by {d.Team}");
        }

        var violentDeaths = new long[sim.World.States.Count];
        var end = Math.Min(sim.Scenario.Ticks, first + Created.TurnMonths);
        while (sim.Tick < end)
        {
            sim.Step();
            var regions = sim.World.Regions;
            for (var r = 0; r < regions.Count; r++)
            {
                if (regions.Owner[r] >= 0)
                {
                    violentDeaths[regions.Owner[r]] += regions.ViolentDeaths[r];
                }
            }
        }

        var resolved = new TurnResolved(turn, HashOf(sim));
        _resolved.Add(resolved);
        _outcomes.Add(Outcomes(turn, violentDeaths));
        _events.Add(resolved);
        return resolved;
    }

    /// <summary>
    /// Every state of the initial map as it was at the end of a resolved turn (<see cref="StateOutcome"/>), in slot
    /// order: recorded in memory at each <see cref="Resolve()"/>, not logged (a replay records them again), for the
    /// debrief (<see cref="Debrief"/>).
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The turn is not resolved.</exception>
    public IReadOnlyList<StateOutcome> OutcomesOf(int turn)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(turn, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(turn, _outcomes.Count);
        return _outcomes[turn - 1];
    }

    /// <summary>The names of the built-in doctrines a team's budget is compared with, in ordinal order.</summary>
    public static IReadOnlyList<string> BuiltInDoctrines => [.. DoctrineCatalog.Names.Where(n => DoctrineCatalog.ParametersOf(n) is null)];

    /// <summary>The outcomes of the states of the initial map after a turn; <paramref name="violentDeaths"/> by slot over the turn.</summary>
    private List<StateOutcome> Outcomes(int turn, long[] violentDeaths)
    {
        var sim = Simulation;
        var states = sim.World.States;
        var window = sim.Window;
        var teamOf = _teams.ToDictionary(t => t.Value.Slot, t => (Team: t.Key, t.Value.Government));
        var doctrines = BuiltInDoctrines.Select(n => (Name: n, Government: DoctrineCatalog.Create(n, sim.Scenario.Doctrines))).ToList();
        var year = CurrentYear;
        StateGraph.Of(sim.World);
        var outcomes = new List<StateOutcome>();
        foreach (var (s, name, doctrine) in _initial)
        {
            var team = teamOf.TryGetValue(s, out var t) ? t.Team : null;
            var own = states.Identity[s] == s;
            var alive = own && states.Alive[s];
            var scores = alive ? window.SumOfScores(states.RegionsOf(s)) : new ScoreSum();

            var budget = !alive ? default : new Policy(states.TaxRate[s], states.MilitaryBudgetShare[s], states.WelfareBudgetShare[s], states.PoliceBudgetShare[s], states.AidBudgetShare[s])
            {
                Protection = states.CivilianProtection[s],
                Sharing = states.InformationSharing[s],
                Peacekeeping = states.PeacekeepingShare[s],
            };
            var orders = team is not null && t.Government.Orders is not null;
            Dictionary<string, double>? distances = null;
            if (orders && alive)
            {
                var view = sim.Governments.View(s, sim.Tick, year);
                distances = doctrines.ToDictionary(d => d.Name, d => StateOutcome.Distance(budget, d.Government.Decide(view).Normalised()), StringComparer.Ordinal);
            }

            outcomes.Add(new StateOutcome(
                turn, sim.Tick, s, name, team, alive ? states.Doctrine[s] : doctrine, alive,
                alive ? states.RegionCount[s] : 0, alive ? states.Population[s] : 0, alive ? states.MilitaryCapability[s] : 0,
                alive && states.CurrentWar[s] >= 0, alive && states.CivilWar[s] >= 0, alive ? states.IncomePerCapita(s) : 0,
                own ? violentDeaths[s] : 0, scores.Mean(), budget, orders, distances));
        }

        return outcomes;
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
                case DraftProposed d:
                    CheckTurn(game, d.Turn, "a draft");
                    game.ProposeDraft(d.Team, d.Measure, d.Target);
                    break;
                case CouncilVoteCast v:
                    CheckTurn(game, v.Turn, "a Council vote");
                    game.CastVote(v.Team, v.Draft, v.Vote);
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

    private static void CheckTurn(Game game, int turn, string what)
    {
        if (turn != game.Turn)
        {
            throw new GameReplayException(turn, $"the log records {what} for turn {turn} when the current turn is {game.Turn}");
        }
    }
}

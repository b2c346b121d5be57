using System.Collections.Concurrent;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Westphalia.Classroom;
using Westphalia.Server.Data;
using Engine = Westphalia.Classroom.Game;
using GameRow = Westphalia.Server.Data.Game;

namespace Westphalia.Server.Play;

/// <summary>
/// Holds the classroom's games in play: each game's engine (<see cref="Engine"/>) rebuilt from its stored log on first
/// use, and every change to it (orders, Council drafts and votes, a change of policy, a resolved turn) committed to the
/// database before anyone sees it. One change at a time per game, under the game's lock; the events a change appends
/// are written in one transaction with the game's row, so a turn is in the database whole or not at all. Before each
/// change the stored log's length is compared with the engine's, so a second server on the same database (or a
/// restart) is noticed and the engine rebuilt; the unique (game, sequence) index refuses the second of two servers
/// that try to append the same event, and a failed commit drops the engine, to be rebuilt from what was committed.
/// </summary>
public sealed class GameHost(IServiceScopeFactory scopes, TimeProvider time, ILogger<GameHost> log)
{
    private readonly ConcurrentDictionary<int, Slot> _slots = new();

    /// <summary>
    /// Raised on the resolving thread as a turn starts to be computed, with the game's id and the turn: from now until
    /// the computation ends <see cref="IsResolving"/> is true and orders for that turn are refused.
    /// </summary>
    public event Action<int, int>? TurnResolving;

    /// <summary>Raised (on the resolving thread) after a turn is committed; the game's id and the turn.</summary>
    public event Action<int, int>? TurnCommitted;

    /// <summary>Raised after a change to a game is committed (orders, votes, a policy), with the game's id: a turn may be due.</summary>
    public event Action<int>? Changed;

    /// <summary>
    /// Creates a game: the engine on the scenario (its name) with the teams' states, the game's row, its teams with their
    /// join codes and its first event, in one transaction. Returns the new game's id.
    /// </summary>
    /// <exception cref="ArgumentException">A team names no state of the scenario, or a setting is invalid.</exception>
    public async Task<int> CreateAsync(NewGame spec, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var engine = Engine.Create(spec.Scenario, spec.Seed, spec.Teams, spec.TurnMonths, spec.Policy, spec.Settings);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
        var now = time.GetUtcNow().UtcDateTime;
        var row = new GameRow
        {
            Name = spec.Name,
            ScenarioName = spec.Scenario,
            Seed = unchecked((long)spec.Seed),
            CreatedUtc = now,
            TurnMonths = spec.TurnMonths,
            TurnMinutes = spec.TurnMinutes,
            DeadlineUtc = spec.TurnMinutes > 0 ? now.AddMinutes(spec.TurnMinutes) : null,
            ObserverCode = JoinCodes.New(),
            StateSecurityWeight = spec.StateSecurityWeight,
        };
        foreach (var team in spec.Teams)
        {
            row.Teams.Add(new Team { StateName = team, JoinCode = JoinCodes.New() });
        }

        db.Games.Add(row);
        db.GameEvents.Add(new Data.GameEvent { Game = row, Sequence = 1, Payload = GameJson.Serialize(engine.Events[0]), CreatedUtc = now });
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        var slot = _slots.GetOrAdd(row.Id, _ => new Slot());
        slot.Engine = engine;
        slot.Stored = 1;
        slot.Snapshot = GameSnapshot.Of(engine);
        return row.Id;
    }

    /// <summary>Reads a game's engine under its lock (built from the log if not in memory); null if there is no such game.</summary>
    public async Task<T?> ReadAsync<T>(int gameId, Func<Engine, T> read, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(read);
        var slot = _slots.GetOrAdd(gameId, _ => new Slot());
        await slot.Lock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var engine = await LoadAsync(gameId, slot, fresh: false, cancellation).ConfigureAwait(false);
            return engine is null ? default : read(engine);
        }
        finally
        {
            slot.Lock.Release();
        }
    }

    /// <summary>
    /// The game as it was at the last commit (<see cref="GameSnapshot"/>), read without waiting for a turn being
    /// resolved; null if there is no such game. A change committed by another server on the same database shows once
    /// this one next changes or rebuilds the game.
    /// </summary>
    public async Task<GameSnapshot?> SnapshotAsync(int gameId, CancellationToken cancellation = default)
    {
        if (_slots.TryGetValue(gameId, out var known) && known.Snapshot is { } snapshot)
        {
            return snapshot;
        }

        return await ReadAsync(gameId, _ => _slots[gameId].Snapshot, cancellation).ConfigureAwait(false);
    }

    /// <summary>Whether a game's turn is being resolved right now in this server.</summary>
    public bool IsResolving(int gameId) => _slots.TryGetValue(gameId, out var slot) && slot.Resolving;

    /// <summary>
    /// Changes a game: runs <paramref name="act"/> on its engine (which appends the change's events or throws, changing
    /// nothing) and commits the new events. Errors of the act (<see cref="ArgumentException"/>,
    /// <see cref="InvalidOperationException"/>) reach the caller with the engine unchanged.
    /// </summary>
    /// <exception cref="KeyNotFoundException">There is no such game.</exception>
    public Task<T> ActAsync<T>(int gameId, Func<Engine, T> act, CancellationToken cancellation = default) =>
        ActAsync(gameId, act, forTurn: null, cancellation);

    /// <summary>
    /// Changes a game for a turn, as <see cref="ActAsync{T}(int, Func{Engine, T}, CancellationToken)"/>; while that turn
    /// is being resolved the change is refused at once (it would come too late for the turn), without waiting for the
    /// resolution to end.
    /// </summary>
    /// <exception cref="InvalidOperationException">The turn <paramref name="forTurn"/> is being resolved.</exception>
    public async Task<T> ActAsync<T>(int gameId, Func<Engine, T> act, int? forTurn, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(act);
        var slot = _slots.GetOrAdd(gameId, _ => new Slot());
        if (forTurn is { } turn && slot.Resolving && slot.Snapshot?.Turn == turn)
        {
            throw new InvalidOperationException(
                $"turn {turn} is being resolved now: these came too late for it. Look at the new situation when the page shows turn {turn + 1} and submit again.");
        }

        await slot.Lock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var engine = await LoadAsync(gameId, slot, fresh: true, cancellation).ConfigureAwait(false)
                ?? throw new KeyNotFoundException($"there is no game {gameId.ToString(CultureInfo.InvariantCulture)}");
            var result = act(engine);
            await CommitAsync(gameId, slot, engine, turnResolved: false, cancellation).ConfigureAwait(false);
            if (slot.Snapshot is { Missing.Count: 0 })
            {
                // Every team is in: the turn may be resolved now (deadlines are the scheduler's own rounds).
                Changed?.Invoke(gameId);
            }

            return result;
        }
        finally
        {
            slot.Lock.Release();
        }
    }

    /// <summary>
    /// Resolves a game's current turn if it is due (<see cref="IsDue"/>) and commits it with the next deadline; returns
    /// the turn resolved, or null when none was due or the turn waits for the instructor (logged).
    /// </summary>
    /// <param name="gameId">The game.</param>
    /// <param name="force">Resolve even if the turn is not due (the instructor's "resolve now"; a paused game is still refused by the page).</param>
    /// <param name="expectedTurn">If given, resolve only this turn: a request made when turn N was open does not resolve N + 1.</param>
    /// <param name="cancellation">Cancels the wait for the game's lock.</param>
    public async Task<int?> ResolveIfDueAsync(int gameId, bool force = false, int? expectedTurn = null, CancellationToken cancellation = default)
    {
        var slot = _slots.GetOrAdd(gameId, _ => new Slot());
        await slot.Lock.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var engine = await LoadAsync(gameId, slot, fresh: true, cancellation).ConfigureAwait(false);
            if (engine is null || engine.IsFinished || (expectedTurn is { } expected && engine.Turn != expected))
            {
                return null;
            }

            var row = await RowAsync(gameId, cancellation).ConfigureAwait(false);
            if (row is null || (!force && !IsDue(row, engine, time.GetUtcNow().UtcDateTime)))
            {
                return null;
            }

            var turn = engine.Turn;
            log.LogInformation("Game {Game}: resolving turn {Turn}", gameId, turn);
            var started = time.GetTimestamp();
            slot.Resolving = true;
            try
            {
                TurnResolving?.Invoke(gameId, turn);
                engine.Resolve();
            }
            catch (InvalidOperationException e)
            {
                log.LogInformation("Game {Game}: turn {Turn} not resolved: {Reason}", gameId, turn, e.Message);
                return null;
            }
            finally
            {
                slot.Resolving = false;
            }

            await CommitAsync(gameId, slot, engine, turnResolved: true, cancellation).ConfigureAwait(false);
            log.LogInformation("Game {Game}: turn {Turn} computed and committed in {Seconds:F2} s", gameId, turn, time.GetElapsedTime(started).TotalSeconds);
            TurnCommitted?.Invoke(gameId, turn);
            return turn;
        }
        finally
        {
            slot.Lock.Release();
        }
    }

    /// <summary>
    /// Whether a turn is due: the game is not paused nor over, and every living team has submitted or the deadline has
    /// passed.
    /// </summary>
    public static bool IsDue(GameRow row, Engine engine, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(engine);
        return !row.Paused && !engine.IsFinished && (engine.Missing(engine.Turn).Count == 0 || row.DeadlineUtc is { } d && d <= nowUtc);
    }

    /// <summary>Drops a game's engine from memory; the next use rebuilds it from the stored log.</summary>
    public void Forget(int gameId) => _slots.TryRemove(gameId, out _);

    private async Task<GameRow?> RowAsync(int gameId, CancellationToken cancellation)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
        return await db.Games.AsNoTracking().FirstOrDefaultAsync(g => g.Id == gameId, cancellation).ConfigureAwait(false);
    }

    /// <summary>The game's engine: the one in memory if it holds every stored event (checked against the database when <paramref name="fresh"/>), else rebuilt from the log.</summary>
    private async Task<Engine?> LoadAsync(int gameId, Slot slot, bool fresh, CancellationToken cancellation)
    {
        if (slot.Engine is not null && !fresh)
        {
            return slot.Engine;
        }

        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
        if (slot.Engine is not null)
        {
            var stored = await db.GameEvents.Where(e => e.GameId == gameId).MaxAsync(e => (long?)e.Sequence, cancellation).ConfigureAwait(false) ?? 0;
            if (stored == slot.Stored)
            {
                return slot.Engine;
            }
        }

        var payloads = await db.GameEvents.AsNoTracking().Where(e => e.GameId == gameId).OrderBy(e => e.Sequence)
            .Select(e => e.Payload).ToListAsync(cancellation).ConfigureAwait(false);
        if (payloads.Count == 0)
        {
            slot.Engine = null;
            slot.Stored = 0;
            slot.Snapshot = null;
            return null;
        }

        var started = time.GetTimestamp();
        slot.Engine = Engine.Replay(payloads.Select(GameJson.DeserializeEvent));
        slot.Stored = payloads.Count;
        slot.Snapshot = GameSnapshot.Of(slot.Engine);
        log.LogInformation("Game {Game}: rebuilt from {Events} events in {Seconds:F1} s", gameId, payloads.Count, time.GetElapsedTime(started).TotalSeconds);
        return slot.Engine;
    }

    /// <summary>Writes the events the engine appended since the last commit, and the next deadline after a resolved turn, in one transaction.</summary>
    private async Task CommitAsync(int gameId, Slot slot, Engine engine, bool turnResolved, CancellationToken cancellation)
    {
        var events = engine.Events;
        if (events.Count == slot.Stored)
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            for (var i = (int)slot.Stored; i < events.Count; i++)
            {
                db.GameEvents.Add(new Data.GameEvent { GameId = gameId, Sequence = i + 1, Payload = GameJson.Serialize(events[i]), CreatedUtc = now });
            }

            if (turnResolved)
            {
                var row = await db.Games.FirstAsync(g => g.Id == gameId, cancellation).ConfigureAwait(false);
                row.DeadlineUtc = engine.IsFinished || row.TurnMinutes <= 0 ? null : now.AddMinutes(row.TurnMinutes);
            }

            // One SaveChanges is one transaction: the events and the deadline land together or not at all.
            await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
            slot.Stored = events.Count;
            slot.Snapshot = GameSnapshot.Of(engine, slot.Snapshot);
        }
        catch
        {
            // What the engine holds was not committed: forget it, and rebuild from what was.
            slot.Engine = null;
            slot.Stored = 0;
            slot.Snapshot = null;
            throw;
        }
    }

    private sealed class Slot
    {
        public SemaphoreSlim Lock { get; } = new(1, 1);

        public Engine? Engine { get; set; }

        /// <summary>How many of the engine's events are in the database.</summary>
        public long Stored { get; set; }

        public bool Resolving { get; set; }

        /// <summary>The game as of the last commit, for readers that must not wait (null until built).</summary>
        public GameSnapshot? Snapshot
        {
            get => Volatile.Read(ref _snapshot);
            set => Volatile.Write(ref _snapshot, value);
        }

        private GameSnapshot? _snapshot;
    }
}

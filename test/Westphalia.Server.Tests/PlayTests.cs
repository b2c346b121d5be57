using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Classroom;
using Westphalia.Scenarios;
using Westphalia.Server.Play;

namespace Westphalia.Server.Tests;

/// <summary>The game host: games created, changed and resolved through it are in the database, whole, in order.</summary>
public abstract class PlayTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected PlayTests(TFactory app) => _app = app;

    private static Orders Budget(double military) =>
        new() { Budget = new BudgetOrders { Military = military, Welfare = 0.8 - military, Police = 0.1, Aid = 0.1 } };

    private GameHost Host => _app.Services.GetRequiredService<GameHost>();

    private Task<int> NewGameAsync(int turnMinutes = 0) =>
        Host.CreateAsync(new NewGame($"Play {Guid.NewGuid():N}", "default", 7, ["State 1", "State 2"], TurnMinutes: turnMinutes, Settings: ["years=3"]));

    /// <summary>Waits (up to a minute) until the scheduler has committed a turn of a game.</summary>
    private async Task<List<string>> WaitForTurnAsync(int gameId, int turn)
    {
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            var log = await _app.WithDatabaseAsync(db => db.GameEvents.Where(e => e.GameId == gameId).OrderBy(e => e.Sequence).Select(e => e.Payload).ToListAsync());
            if (log.Count(p => p.Contains("\"turn_resolved\"", StringComparison.Ordinal)) >= turn)
            {
                return log;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"turn {turn} of game {gameId} was not resolved within a minute");
    }

    [Fact]
    public async Task A_turn_resolves_once_every_team_has_submitted_and_the_log_replays_to_the_same_hashes()
    {
        _ = _app.Client(); // starts the app, and with it the scheduler
        var id = await NewGameAsync();
        var teams = await _app.WithDatabaseAsync(db => db.Teams.Where(t => t.GameId == id).OrderBy(t => t.StateName).ToListAsync());
        Assert.Equal(["State 1", "State 2"], teams.Select(t => t.StateName));
        Assert.All(teams, t => Assert.Equal(JoinCodes.Length, t.JoinCode.Length));
        await Host.ActAsync(id, g => g.Submit("State 1", Budget(0.3)));
        await Task.Delay(300);
        Assert.Equal(1, await Host.ReadAsync(id, g => g.Turn)); // one team has not submitted: no deadline, the turn waits
        await Host.ActAsync(id, g => g.Submit("State 2", Budget(0.2)));
        var log = await WaitForTurnAsync(id, 1);
        Assert.Equal(4, log.Count); // created, two orders, the turn
        Assert.Equal(Enumerable.Range(1, 4).Select(i => (long)i), await _app.WithDatabaseAsync(db => db.GameEvents.Where(e => e.GameId == id).OrderBy(e => e.Sequence).Select(e => e.Sequence).ToListAsync()));
        var replayed = Game.Replay(log.Select(GameJson.DeserializeEvent));
        Assert.Single(replayed.Resolved);
        Assert.Equal(await Host.ReadAsync(id, g => g.Resolved[0].StateHash), replayed.Resolved[0].StateHash);
    }

    [Fact]
    public async Task An_engine_rebuilt_from_the_database_continues_the_game()
    {
        _ = _app.Client();
        var id = await NewGameAsync();
        await Host.ActAsync(id, g => g.Submit("State 1", Budget(0.3)));
        await Host.ActAsync(id, g => g.Submit("State 2", Budget(0.2)));
        await WaitForTurnAsync(id, 1);
        var hash = await Host.ReadAsync(id, g => g.Resolved[0].StateHash);
        Host.Forget(id);
        Assert.Equal(2, await Host.ReadAsync(id, g => g.Turn));
        Assert.Equal(hash, await Host.ReadAsync(id, g => g.Resolved[0].StateHash));
        await Host.ActAsync(id, g => g.Submit("State 1", Budget(0.4)));
        Assert.Equal(5, await _app.WithDatabaseAsync(db => db.GameEvents.CountAsync(e => e.GameId == id))); // created, two orders, the turn, the new orders
    }

    [Fact]
    public async Task Refused_orders_change_nothing_in_memory_or_in_the_database()
    {
        _ = _app.Client();
        var id = await NewGameAsync();
        var bad = new Orders { Budget = new BudgetOrders { Military = 1.5 } };
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Host.ActAsync(id, g => g.Submit("State 1", bad)));
        Assert.Contains("budget.military", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => Host.ActAsync(id, g => g.Submit("Atlantis", Budget(0.2))));
        Assert.Equal(1, await _app.WithDatabaseAsync(db => db.GameEvents.CountAsync(e => e.GameId == id)));
        Assert.Equal(1, await Host.ReadAsync(id, g => g.Events.Count));
    }

    [Fact]
    public async Task Orders_for_a_turn_being_resolved_are_refused_at_once_without_waiting_for_the_resolution()
    {
        _ = _app.Client();
        var id = await Host.CreateAsync(new NewGame($"Busy {Guid.NewGuid():N}", "world", 2, ["France", "Germany"], TurnMonths: 12));

        // The resolution is held as it starts, until the test has acted: however fast the turn computes, it is acted on during it.
        using var started = new SemaphoreSlim(0);
        using var release = new SemaphoreSlim(0);
        void Hold(int game, int turn)
        {
            if (game == id)
            {
                started.Release();
                release.Wait(TimeSpan.FromMinutes(1));
            }
        }

        Host.TurnResolving += Hold;
        try
        {
            var resolving = Task.Run(() => Host.ResolveIfDueAsync(id, force: true)); // SQLite may answer synchronously
            Assert.True(await started.WaitAsync(TimeSpan.FromMinutes(1)), "the turn did not start to resolve");
            Assert.True(Host.IsResolving(id));
            using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(20)); // an act that waited for the lock would be cancelled, not refused
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Host.ActAsync(id, g => g.Submit("France", Budget(0.3)), forTurn: 1, patience.Token));
            Assert.Contains("turn 1 is being resolved", refused.Message, StringComparison.Ordinal);
            Assert.True(Host.IsResolving(id));
            release.Release();
            Assert.Equal(1, await resolving);
        }
        finally
        {
            Host.TurnResolving -= Hold;
            release.Release();
        }

        Assert.False(Host.IsResolving(id));
        Assert.Null(await Host.ReadAsync(id, g => g.OrdersOf(1, "France")));
    }

    [Fact]
    public async Task A_paused_game_resolves_nothing_and_a_passed_deadline_resolves_the_turn_without_orders()
    {
        _ = _app.Client();
        var id = await NewGameAsync(turnMinutes: 30);
        await _app.WithDatabaseAsync(async db =>
        {
            var game = await db.Games.SingleAsync(g => g.Id == id);
            game.Paused = true;
            game.DeadlineUtc = DateTime.UtcNow.AddMinutes(-1);
            return await db.SaveChangesAsync();
        });
        Assert.Null(await Host.ResolveIfDueAsync(id));
        await _app.WithDatabaseAsync(async db =>
        {
            var game = await db.Games.SingleAsync(g => g.Id == id);
            game.Paused = false;
            return await db.SaveChangesAsync();
        });
        await WaitForTurnAsync(id, 1);
        var next = await _app.WithDatabaseAsync(db => db.Games.Where(g => g.Id == id).Select(g => g.DeadlineUtc).SingleAsync());
        Assert.True(next > DateTime.UtcNow.AddMinutes(25), $"the next deadline is {next:O}");
    }
}

public sealed class SqlitePlayTests(ClassroomFactory app) : PlayTests<ClassroomFactory>(app);

public sealed class PostgresPlayTests(PostgresClassroomFactory app) : PlayTests<PostgresClassroomFactory>(app);

using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>
/// Resolves turns when they are due (<see cref="GameHost.IsDue"/>): when told a game changed (every team submitted, the
/// game was resumed) and, every few seconds, for the games whose deadline has passed. At start-up it looks at every
/// game not yet over, so a turn whose resolution a crash interrupted (nothing of it committed) is resolved then, once.
/// Turns are resolved here, off the requests' threads, so submitting stays fast.
/// </summary>
public sealed class TurnScheduler(GameHost host, IServiceScopeFactory scopes, TimeProvider time, ILogger<TurnScheduler> log) : BackgroundService
{
    /// <summary>How often deadlines are checked.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(2);

    private readonly Channel<int> _changed = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { SingleReader = true });

    /// <summary>Asks for a game's turn to be resolved if it is due.</summary>
    public void Nudge(int gameId) => _changed.Writer.TryWrite(gameId);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        host.Changed += Nudge;
        var pending = new SortedSet<int>(await GamesAsync(deadlinePassed: false, stoppingToken).ConfigureAwait(false));
        while (!stoppingToken.IsCancellationRequested)
        {
            foreach (var id in pending)
            {
                await ResolveAllDueAsync(id, stoppingToken).ConfigureAwait(false);
            }

            pending.Clear();
            using var tick = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            tick.CancelAfter(Interval);
            try
            {
                var id = await _changed.Reader.ReadAsync(tick.Token).ConfigureAwait(false);
                pending.Add(id);
                while (_changed.Reader.TryRead(out var more))
                {
                    pending.Add(more);
                }
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                pending.UnionWith(await GamesAsync(deadlinePassed: true, stoppingToken).ConfigureAwait(false));
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Resolves a game's turns while they are due (orders may be in for the next turn already).</summary>
    private async Task ResolveAllDueAsync(int id, CancellationToken stoppingToken)
    {
        try
        {
            while (await host.ResolveIfDueAsync(id, cancellation: stoppingToken).ConfigureAwait(false) is { } turn)
            {
                log.LogInformation("Game {Game}: turn {Turn} resolved", id, turn);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // One game's failure (a lost database, a bad log) must not stop the others' turns.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogError(e, "Game {Game}: the turn could not be resolved", id);
        }
    }

    private async Task<List<int>> GamesAsync(bool deadlinePassed, CancellationToken cancellation)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
            var now = time.GetUtcNow().UtcDateTime;
            var games = db.Games.AsNoTracking().Where(g => !g.Paused);
            if (deadlinePassed)
            {
                games = games.Where(g => g.DeadlineUtc != null && g.DeadlineUtc <= now);
            }

            return await games.Select(g => g.Id).ToListAsync(cancellation).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return [];
        }
#pragma warning disable CA1031 // A database that is down now is retried at the next interval.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.LogWarning("Deadlines not checked: {Reason}", e.Message);
            return [];
        }
    }
}

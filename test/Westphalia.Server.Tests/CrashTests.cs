using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Classroom;
using Westphalia.Scenarios;
using Westphalia.Server.Data;
using Westphalia.Server.Play;

namespace Westphalia.Server.Tests;

/// <summary>
/// The server process killed with SIGKILL while it resolves a turn: nothing committed is lost, nothing half-done is
/// committed, and the restarted server resolves the turn exactly once, to the state the log's replay gives.
/// </summary>
public abstract class CrashTests<TFactory>
    where TFactory : ClassroomFactory, new()
{
    private const string France = "France";
    private const string Germany = "Germany";

    private static Orders Budget(double military) =>
        new() { Budget = new BudgetOrders { Military = military, Welfare = 0.8 - military, Police = 0.1, Aid = 0.1 } };

    [Fact]
    public async Task A_server_killed_during_turn_resolution_restarts_and_resolves_the_turn_exactly_once()
    {
        using var database = new TFactory(); // only for its database, created and dropped with it
        var connection = database.ConnectionString;

        // A game of the real world whose first turn (twenty years, so that it takes seconds) is due: both teams have
        // submitted. It is prepared paused, by an app that is built but never started, then unpaused.
        int id;
        var app = ClassroomServer.Build([], new ClassroomOptions { ConnectionString = connection });
        await using (app.ConfigureAwait(false))
        {
            await ClassroomServer.InitialiseAsync(app.Services);
            var host = app.Services.GetRequiredService<GameHost>();
            id = await host.CreateAsync(new NewGame("Crash", "world", 11, [France, Germany], TurnMonths: 240));
            await SetPausedAsync(app.Services, id, paused: true);
            await host.ActAsync(id, g => g.Submit(France, Budget(0.3)));
            await host.ActAsync(id, g => g.Submit(Germany, Budget(0.2)));
            await SetPausedAsync(app.Services, id, paused: false);
        }

        var before = await LogAsync(connection, id);
        Assert.Equal(3, before.Count);

        // The server starts, finds the turn due, begins to resolve it, and is killed.
        using (var server = Start(connection))
        {
            await server.WaitForLineAsync($"Game {id}: resolving turn 1", TimeSpan.FromMinutes(3));
            server.Kill();
        }

        Assert.Equal(before, await LogAsync(connection, id)); // nothing lost, nothing half-written

        // Restarted, it resolves the turn once.
        using (var server = Start(connection))
        {
            await server.WaitForLineAsync($"Game {id}: turn 1 resolved", TimeSpan.FromMinutes(3));
            await Task.Delay(TimeSpan.FromSeconds(1)); // a second resolution, were there one, would start now
            server.Kill();
        }

        var after = await LogAsync(connection, id);
        Assert.Equal(before, after.Take(3));
        Assert.Equal(4, after.Count);
        var events = after.Select(GameJson.DeserializeEvent).ToList();
        var resolved = Assert.IsType<TurnResolved>(events[3]);
        Assert.Equal(1, resolved.Turn);
        var replayed = Westphalia.Classroom.Game.Replay(events); // checks the hash the server committed
        Assert.Equal(resolved.StateHash, replayed.Resolved[0].StateHash);
    }

    private static async Task SetPausedAsync(IServiceProvider services, int id, bool paused)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
        (await db.Games.SingleAsync(g => g.Id == id)).Paused = paused;
        await db.SaveChangesAsync();
    }

    /// <summary>The game's stored log, in sequence order, read by a fresh app on the database.</summary>
    private static async Task<List<string>> LogAsync(string connection, int id)
    {
        var app = ClassroomServer.Build([], new ClassroomOptions { ConnectionString = connection });
        await using (app.ConfigureAwait(false))
        {
            await using var scope = app.Services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
            var rows = await db.GameEvents.AsNoTracking().Where(e => e.GameId == id).OrderBy(e => e.Sequence).Select(e => new { e.Sequence, e.Payload }).ToListAsync();
            Assert.Equal(Enumerable.Range(1, rows.Count).Select(i => (long)i), rows.Select(r => r.Sequence)); // no gap, no duplicate
            return [.. rows.Select(r => r.Payload)];
        }
    }

    /// <summary>Starts the server's own executable on the database, listening on a free loopback port.</summary>
    private static ServerProcess Start(string connection)
    {
        var dll = Path.Combine(AppContext.BaseDirectory, "Westphalia.Server.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll, "--urls", "http://127.0.0.1:0" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = AppContext.BaseDirectory,
        };
        start.Environment["ConnectionStrings__Classroom"] = connection;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        return new ServerProcess(Process.Start(start) ?? throw new InvalidOperationException("the server did not start"));
    }

    /// <summary>A running server and the lines it has written.</summary>
    private sealed class ServerProcess : IDisposable
    {
        private readonly Process _process;
        private readonly List<string> _lines = [];

        public ServerProcess(Process process)
        {
            _process = process;
            _process.OutputDataReceived += (_, e) => Add(e.Data);
            _process.ErrorDataReceived += (_, e) => Add(e.Data);
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
        }

        private void Add(string? line)
        {
            if (line is not null)
            {
                lock (_lines)
                {
                    _lines.Add(line);
                }
            }
        }

        public async Task WaitForLineAsync(string text, TimeSpan timeout)
        {
            var deadline = DateTime.UtcNow + timeout;
            while (DateTime.UtcNow < deadline)
            {
                lock (_lines)
                {
                    if (_lines.Any(l => l.Contains(text, StringComparison.Ordinal)))
                    {
                        return;
                    }
                }

                if (_process.HasExited)
                {
                    break;
                }

                await Task.Delay(10);
            }

            string output;
            lock (_lines)
            {
                output = string.Join('\n', _lines.TakeLast(40));
            }

            throw new TimeoutException($"the server did not write '{text}' (exited: {_process.HasExited}); its last lines:\n{output}");
        }

        /// <summary>SIGKILL: the process gets no chance to finish anything.</summary>
        public void Kill()
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }

            _process.WaitForExit();
        }

        public void Dispose()
        {
            Kill();
            _process.Dispose();
        }
    }
}

public sealed class SqliteCrashTests : CrashTests<ClassroomFactory>;

public sealed class PostgresCrashTests : CrashTests<PostgresClassroomFactory>;

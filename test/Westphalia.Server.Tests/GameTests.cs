using System.Net;
using Microsoft.EntityFrameworkCore;
using Westphalia.Scenarios;
using Westphalia.Server.Data;

namespace Westphalia.Server.Tests;

public abstract class GameTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected GameTests(TFactory app) => _app = app;

    [Fact]
    public async Task An_instructor_creates_a_game_through_the_form_and_it_is_stored()
    {
        var email = $"instructor-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Instructor);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal("/instructor", signIn.Headers.Location!.OriginalString.Replace("http://localhost", "", StringComparison.Ordinal));
        var name = $"Seminar {Guid.NewGuid():N}";
        const string scenario = "default";
        using var created = await ClassroomFactory.PostFormAsync(client, "/instructor", "create-game",
            [new("NewGame.Name", name), new("NewGame.Scenario", scenario), new("NewGame.Seed", "1648"), new("NewGame.Teams", "State 1\nState 2")]);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(name, await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var game = await _app.WithDatabaseAsync(db => db.Games.SingleAsync(g => g.Name == name));
        Assert.Equal(scenario, game.ScenarioName);
        Assert.Equal(1648, game.Seed);
    }

    [Fact]
    public async Task A_game_of_an_unknown_scenario_is_refused()
    {
        var email = $"instructor-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Instructor);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        var name = $"Bad {Guid.NewGuid():N}";
        using var created = await ClassroomFactory.PostFormAsync(client, "/instructor", "create-game",
            [new("NewGame.Name", name), new("NewGame.Scenario", "no-such-scenario"), new("NewGame.Seed", "1"), new("NewGame.Teams", "State 1")]);
        Assert.Contains("no built-in scenario", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(await _app.WithDatabaseAsync(db => db.Games.AnyAsync(g => g.Name == name)));
    }

    [Fact]
    public async Task A_team_member_cannot_post_the_create_game_form()
    {
        var email = $"team-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.TeamMember);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        using var content = new FormUrlEncodedContent([new("_handler", "create-game"), new("NewGame.Name", "x"), new("NewGame.Scenario", ScenarioCatalog.Names[0])]);
        using var response = await client.PostAsync(new Uri("/instructor", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task Every_migration_is_applied_when_the_app_starts()
    {
        var (all, applied) = await _app.WithDatabaseAsync(async db => (db.Database.GetMigrations().ToList(), (await db.Database.GetAppliedMigrationsAsync()).ToList()));
        Assert.NotEmpty(all);
        Assert.Equal(all, applied);
    }

    [Fact]
    public async Task A_games_event_log_refuses_a_sequence_number_twice()
    {
        var gameId = await _app.WithDatabaseAsync(async db =>
        {
            var game = new Game { Name = "Log", ScenarioName = ScenarioCatalog.Names[0], Seed = 1, CreatedUtc = DateTime.UtcNow };
            db.Games.Add(game);
            db.GameEvents.Add(new GameEvent { Game = game, Sequence = 1, Payload = "{\"type\":\"created\"}", CreatedUtc = DateTime.UtcNow });
            await db.SaveChangesAsync();
            return game.Id;
        });
        await Assert.ThrowsAsync<DbUpdateException>(() => _app.WithDatabaseAsync(async db =>
        {
            db.GameEvents.Add(new GameEvent { GameId = gameId, Sequence = 1, Payload = "{}", CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        }));
    }
}

public sealed class SqliteGameTests(ClassroomFactory app) : GameTests<ClassroomFactory>(app);

public sealed class PostgresGameTests(PostgresClassroomFactory app) : GameTests<PostgresClassroomFactory>(app);

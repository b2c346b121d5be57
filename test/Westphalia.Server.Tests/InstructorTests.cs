using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Scenarios;
using Westphalia.Server.Data;
using Westphalia.Server.Play;

namespace Westphalia.Server.Tests;

/// <summary>The instructor's and observers' pages and endpoints: creating games, the dashboard's controls, live status, exports, the review.</summary>
public abstract class InstructorTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected InstructorTests(TFactory app) => _app = app;

    private GameHost Host => _app.Services.GetRequiredService<GameHost>();

    private static Orders Budget(double military) =>
        new() { Budget = new BudgetOrders { Military = military, Welfare = 0.8 - military, Police = 0.1, Aid = 0.1 } };

    private Task<int> NewGameAsync(int turnMinutes = 0) =>
        Host.CreateAsync(new NewGame($"Dash {Guid.NewGuid():N}", "default", 7, ["State 1", "State 2"], TurnMinutes: turnMinutes, Settings: ["years=3"]));

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, role);
        var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>A signed-in member of a game: of a team (its state named) or an observer (null).</summary>
    private async Task<HttpClient> MemberAsync(int gameId, string? team)
    {
        var email = $"member-{Guid.NewGuid():N}@example.org";
        var user = await ClassroomServer.CreateUserAsync(_app.Services, email, ClassroomFactory.Password, team is null ? Roles.Observer : Roles.TeamMember);
        await _app.WithDatabaseAsync(async db =>
        {
            var teamId = team is null ? (int?)null : await db.Teams.Where(t => t.GameId == gameId && t.StateName == team).Select(t => t.Id).SingleAsync();
            db.Memberships.Add(new Membership { GameId = gameId, TeamId = teamId, UserId = user.Id });
            return await db.SaveChangesAsync();
        });
        var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private Task<int> ResolvedTurnsAsync(int gameId) =>
        _app.WithDatabaseAsync(async db => (await db.GameEvents.Where(e => e.GameId == gameId).Select(e => e.Payload).ToListAsync())
            .Count(p => p.Contains("\"turn_resolved\"", StringComparison.Ordinal)));

    private static Task<HttpResponseMessage> ControlAsync(HttpClient client, int id, string action, string minutes = "") =>
        ClassroomFactory.PostFormAsync(client, $"/games/{id}/dashboard", "control", [new("Control.Action", action), new("Control.Minutes", minutes)]);

    [Fact]
    public async Task A_game_created_through_the_form_has_its_teams_with_join_codes_and_an_engine()
    {
        using var client = await SignedInAsync(Roles.Instructor);
        var name = $"Seminar {Guid.NewGuid():N}";
        using var created = await ClassroomFactory.PostFormAsync(client, "/instructor", "create-game",
        [
            new("NewGame.Name", name), new("NewGame.Scenario", "default"), new("NewGame.Seed", "11"), new("NewGame.Teams", "State 2\r\nState 1\r\n"),
            new("NewGame.Years", "4"), new("NewGame.TurnMonths", "12"), new("NewGame.TurnMinutes", "30"), new("NewGame.Policy", "instructor"),
            new("NewGame.StateSecurityWeight", "0.7"),
        ]);
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        Assert.Contains(name, await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var game = await _app.WithDatabaseAsync(db => db.Games.Include(g => g.Teams).SingleAsync(g => g.Name == name));
        Assert.Equal(["State 1", "State 2"], game.Teams.Select(t => t.StateName).Order(StringComparer.Ordinal));
        Assert.All(game.Teams, t => Assert.Equal(JoinCodes.Length, t.JoinCode.Length));
        Assert.Equal(30, game.TurnMinutes);
        Assert.NotNull(game.DeadlineUtc);
        Assert.Equal(0.7, game.StateSecurityWeight, 6);
        var engine = await Host.ReadAsync(game.Id, g => new { g.Turns, g.Policy, Teams = g.Teams.Count });
        Assert.NotNull(engine);
        Assert.Equal(4, engine.Turns);
        Assert.Equal(Westphalia.Classroom.MissingOrdersPolicy.Instructor, engine.Policy);
        Assert.Equal(2, engine.Teams);
    }

    [Fact]
    public async Task A_team_the_scenario_lacks_is_refused_by_name()
    {
        using var client = await SignedInAsync(Roles.Instructor);
        var name = $"Bad teams {Guid.NewGuid():N}";
        using var created = await ClassroomFactory.PostFormAsync(client, "/instructor", "create-game",
            [new("NewGame.Name", name), new("NewGame.Scenario", "default"), new("NewGame.Seed", "1"), new("NewGame.Teams", "State 1\nAtlantis")]);
        var page = await created.Content.ReadAsStringAsync();
        Assert.Contains("Atlantis", page, StringComparison.Ordinal);
        Assert.Contains("no state named", page, StringComparison.Ordinal);
        Assert.Contains("States of the scenario default: State 1, State 2", page, StringComparison.Ordinal);
        Assert.False(await _app.WithDatabaseAsync(db => db.Games.AnyAsync(g => g.Name == name)));
    }

    [Fact]
    public async Task The_dashboard_shows_the_join_codes_and_who_has_submitted()
    {
        var id = await NewGameAsync();
        await Host.ActAsync(id, g => g.Submit("State 1", Budget(0.3)));
        using var client = await SignedInAsync(Roles.Instructor);
        var page = await client.GetStringAsync(new Uri($"/games/{id}/dashboard", UriKind.Relative));
        var game = await _app.WithDatabaseAsync(db => db.Games.Include(g => g.Teams).SingleAsync(g => g.Id == id));
        Assert.All(game.Teams, t => Assert.Contains(t.JoinCode, page, StringComparison.Ordinal));
        Assert.Contains(game.ObserverCode, page, StringComparison.Ordinal);
        Assert.Contains("<td>submitted</td>", page, StringComparison.Ordinal);
        Assert.Contains("<td>missing</td>", page, StringComparison.Ordinal);
        Assert.Contains("data-mode=\"dashboard\"", page, StringComparison.Ordinal);
        Assert.Contains("src=\"/js/live.js\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_paused_game_refuses_to_resolve_and_resolving_now_resolves_the_turn_once_resumed()
    {
        _ = _app.Client();
        var id = await NewGameAsync();
        using var client = await SignedInAsync(Roles.Instructor);
        using (await ControlAsync(client, id, "pause"))
        {
        }

        Assert.True(await _app.WithDatabaseAsync(db => db.Games.Where(g => g.Id == id).Select(g => g.Paused).SingleAsync()));
        using (var refused = await ControlAsync(client, id, "resolve"))
        {
            Assert.Contains("paused", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(0, await ResolvedTurnsAsync(id));
        using (await ControlAsync(client, id, "resume"))
        {
        }

        using (var resolved = await ControlAsync(client, id, "resolve"))
        {
            Assert.Contains("Turn 1 resolved", await resolved.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await ResolvedTurnsAsync(id));
    }

    [Fact]
    public async Task Resolving_now_under_the_instructor_policy_shows_the_engines_refusal()
    {
        var id = await NewGameAsync();
        await Host.ActAsync(id, g => g.ChangePolicy(Westphalia.Classroom.MissingOrdersPolicy.Instructor));
        using var client = await SignedInAsync(Roles.Instructor);
        using var refused = await ControlAsync(client, id, "resolve");
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("waits for orders from State 1, State 2", page, StringComparison.Ordinal);
        Assert.Equal(0, await ResolvedTurnsAsync(id));
    }

    [Fact]
    public async Task Resolving_now_from_a_page_of_a_turn_already_resolved_does_not_resolve_the_next_one()
    {
        var id = await NewGameAsync();
        using var client = await SignedInAsync(Roles.Instructor);
        Assert.Equal(1, await Host.ResolveIfDueAsync(id, force: true)); // resolved meanwhile, as by the scheduler
        using var late = await ClassroomFactory.PostFormAsync(client, $"/games/{id}/dashboard", "control", [new("Control.Action", "resolve"), new("Control.Turn", "1")]);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Turn 1 had already been resolved", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await ResolvedTurnsAsync(id));
    }

    [Fact]
    public async Task The_policy_form_changes_the_policy()
    {
        var id = await NewGameAsync();
        using var client = await SignedInAsync(Roles.Instructor);
        using var changed = await ClassroomFactory.PostFormAsync(client, $"/games/{id}/dashboard", "policy", [new("Policy.Value", "repeat_last")]);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(Westphalia.Classroom.MissingOrdersPolicy.RepeatLast, await Host.ReadAsync(id, g => g.Policy));
    }

    [Fact]
    public async Task Extending_moves_the_deadline()
    {
        var id = await NewGameAsync(turnMinutes: 30);
        var before = await _app.WithDatabaseAsync(db => db.Games.Where(g => g.Id == id).Select(g => g.DeadlineUtc).SingleAsync());
        using var client = await SignedInAsync(Roles.Instructor);
        using (await ControlAsync(client, id, "extend", "15"))
        {
        }

        var after = await _app.WithDatabaseAsync(db => db.Games.Where(g => g.Id == id).Select(g => g.DeadlineUtc).SingleAsync());
        Assert.NotNull(before);
        Assert.NotNull(after);
        Assert.InRange((after.Value - before.Value).TotalMinutes, 14.9, 15.1);
    }

    [Fact]
    public async Task An_inject_is_stored_from_the_instructor_to_the_team_it_names()
    {
        var id = await NewGameAsync();
        using var client = await SignedInAsync(Roles.Instructor);
        var body = $"Refugees cross the border {Guid.NewGuid():N}";
        using var sent = await ClassroomFactory.PostFormAsync(client, $"/games/{id}/dashboard", "inject",
            [new("Inject.Kind", "crisis"), new("Inject.To", "State 2"), new("Inject.Body", body)]);
        Assert.Contains(body, await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var message = await _app.WithDatabaseAsync(db => db.Messages.Include(m => m.ToTeam).SingleAsync(m => m.GameId == id));
        Assert.Equal(MessageKind.Crisis, message.Kind);
        Assert.Null(message.FromTeamId);
        Assert.Equal("State 2", message.ToTeam!.StateName);
        Assert.Equal(body, message.Body);
        Assert.Equal(1, message.Turn);
        using var all = await ClassroomFactory.PostFormAsync(client, $"/games/{id}/dashboard", "inject",
            [new("Inject.Kind", "news"), new("Inject.To", "all"), new("Inject.Body", "Markets fall")]);
        Assert.Null(await _app.WithDatabaseAsync(db => db.Messages.Where(m => m.GameId == id && m.Kind == MessageKind.News).Select(m => m.ToTeamId).SingleAsync()));
    }

    [Fact]
    public async Task Live_status_names_the_missing_teams_to_the_instructor_only()
    {
        var id = await NewGameAsync();
        await Host.ActAsync(id, g => g.Submit("State 1", Budget(0.3)));
        using var instructor = await SignedInAsync(Roles.Instructor);
        using (var json = JsonDocument.Parse(await instructor.GetStringAsync(new Uri($"/games/{id}/live", UriKind.Relative))))
        {
            var root = json.RootElement;
            Assert.Equal(1, root.GetProperty("turn").GetInt32());
            Assert.Equal(3, root.GetProperty("turns").GetInt32());
            Assert.False(root.GetProperty("paused").GetBoolean());
            Assert.Equal(["State 2"], root.GetProperty("missing").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal(["State 1"], root.GetProperty("submitted").EnumerateArray().Select(e => e.GetString()));
        }

        using var observer = await MemberAsync(id, team: null);
        using (var json = JsonDocument.Parse(await observer.GetStringAsync(new Uri($"/games/{id}/live", UriKind.Relative))))
        {
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("missing").ValueKind);
            Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("submitted").ValueKind);
        }

        using var stranger = await SignedInAsync(Roles.TeamMember);
        using var hidden = await stranger.GetAsync(new Uri($"/games/{id}/live", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task The_log_and_the_messages_are_for_the_instructor_while_the_game_runs()
    {
        var id = await NewGameAsync();
        using var instructor = await SignedInAsync(Roles.Instructor);
        using (var log = await instructor.GetAsync(new Uri($"/games/{id}/log.json", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, log.StatusCode);
            using var json = JsonDocument.Parse(await log.Content.ReadAsStringAsync());
            Assert.Equal("game_created", json.RootElement[0].GetProperty("type").GetString());
        }

        await _app.WithDatabaseAsync(async db =>
        {
            db.Messages.Add(new Message { GameId = id, Turn = 1, Kind = MessageKind.News, Body = "Quoted \"news\", with a comma", CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        using (var csv = await instructor.GetAsync(new Uri($"/games/{id}/messages.csv", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
            var text = await csv.Content.ReadAsStringAsync();
            Assert.StartsWith("turn,kind,from,to,body,created\r\n", text, StringComparison.Ordinal);
            Assert.Contains("1,news,instructor,all,\"Quoted \"\"news\"\", with a comma\",", text, StringComparison.Ordinal);
        }

        using var team = await MemberAsync(id, "State 1");
        using (var log = await team.GetAsync(new Uri($"/games/{id}/log.json", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, log.StatusCode);
        }

        using (var csv = await team.GetAsync(new Uri($"/games/{id}/messages.csv", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, csv.StatusCode);
        }
    }

    [Fact]
    public async Task The_review_of_a_resolved_turn_shows_its_hash_and_that_the_replay_matched()
    {
        var id = await NewGameAsync();
        await Host.ActAsync(id, g => g.Submit("State 1", Budget(0.3)));
        Assert.Equal(1, await Host.ResolveIfDueAsync(id, force: true));
        var hash = await Host.ReadAsync(id, g => g.Resolved[0].StateHash);
        using var client = await SignedInAsync(Roles.Instructor);
        var page = await client.GetStringAsync(new Uri($"/games/{id}/review?turn=1", UriKind.Relative));
        Assert.Contains(hash!, page, StringComparison.Ordinal);
        Assert.Contains("the replay matched the log", page, StringComparison.Ordinal);
        Assert.Contains($"/games/{id}/map.png?turn=1", page, StringComparison.Ordinal);
        Assert.Contains($"/games/{id}/review?turn=0", page, StringComparison.Ordinal);
        Assert.Contains("military", page, StringComparison.Ordinal); // State 1's orders for the turn
        using var observer = await MemberAsync(id, team: null);
        using var watched = await observer.GetAsync(new Uri($"/games/{id}/review?turn=0", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, watched.StatusCode);
        using var team = await MemberAsync(id, "State 2");
        using var hidden = await team.GetAsync(new Uri($"/games/{id}/review?turn=1", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_is_hidden_from_team_members_and_observers_and_the_watch_page_from_teams()
    {
        var id = await NewGameAsync();
        using var team = await MemberAsync(id, "State 1");
        using var observer = await MemberAsync(id, team: null);
        using (var response = await team.GetAsync(new Uri($"/games/{id}/dashboard", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await observer.GetAsync(new Uri($"/games/{id}/dashboard", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await team.GetAsync(new Uri($"/games/{id}/watch", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        using (var response = await observer.GetAsync(new Uri($"/games/{id}/watch", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains($"/games/{id}/map.png", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var list = await observer.GetStringAsync(new Uri("/observer", UriKind.Relative));
        Assert.Contains($"/games/{id}/watch", list, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Once_the_game_is_over_its_teams_may_read_the_messages_and_the_review_but_not_the_log()
    {
        var id = await NewGameAsync();
        for (var turn = 1; turn <= 3; turn++)
        {
            Assert.Equal(turn, await Host.ResolveIfDueAsync(id, force: true));
        }

        Assert.True(await Host.ReadAsync(id, g => g.IsFinished));
        using var team = await MemberAsync(id, "State 1");
        using (var csv = await team.GetAsync(new Uri($"/games/{id}/messages.csv", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        }

        using (var review = await team.GetAsync(new Uri($"/games/{id}/review?turn=3", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
            Assert.DoesNotContain($"/games/{id}/review?turn=4", await review.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (var log = await team.GetAsync(new Uri($"/games/{id}/log.json", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.NotFound, log.StatusCode);
        }

        using var json = JsonDocument.Parse(await team.GetStringAsync(new Uri($"/games/{id}/live", UriKind.Relative)));
        Assert.True(json.RootElement.GetProperty("finished").GetBoolean());
    }

    [Fact]
    public async Task The_watch_page_shows_communiques_and_injects_to_all_but_no_private_message()
    {
        var id = await NewGameAsync();
        await _app.WithDatabaseAsync(async db =>
        {
            var teams = await db.Teams.Where(t => t.GameId == id).ToDictionaryAsync(t => t.StateName, t => t.Id);
            var now = DateTime.UtcNow;
            db.Messages.AddRange(
                new Message { GameId = id, Turn = 1, Kind = MessageKind.Communique, FromTeamId = teams["State 1"], Body = "We seek peace", CreatedUtc = now },
                new Message { GameId = id, Turn = 1, Kind = MessageKind.Private, FromTeamId = teams["State 1"], ToTeamId = teams["State 2"], Body = "Secret deal", CreatedUtc = now },
                new Message { GameId = id, Turn = 1, Kind = MessageKind.News, Body = "Storm season", CreatedUtc = now },
                new Message { GameId = id, Turn = 1, Kind = MessageKind.Intelligence, ToTeamId = teams["State 2"], Body = "Troops massing", CreatedUtc = now });
            return await db.SaveChangesAsync();
        });
        using var observer = await MemberAsync(id, team: null);
        var page = await observer.GetStringAsync(new Uri($"/games/{id}/watch", UriKind.Relative));
        Assert.Contains("We seek peace", page, StringComparison.Ordinal);
        Assert.Contains("Storm season", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Secret deal", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Troops massing", page, StringComparison.Ordinal);
        Assert.Contains("data-mode=\"watch\"", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_polling_script_is_served_as_javascript_to_anyone()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(new Uri("/js/live.js", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/live", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

public sealed class SqliteInstructorTests(ClassroomFactory app) : InstructorTests<ClassroomFactory>(app);

public sealed class PostgresInstructorTests(PostgresClassroomFactory app) : InstructorTests<PostgresClassroomFactory>(app);

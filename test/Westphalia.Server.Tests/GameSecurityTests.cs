using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Server.Play;

namespace Westphalia.Server.Tests;

/// <summary>
/// Every page and endpoint of a game, asked directly over HTTP by everyone who might ask: a signed-out visitor, a team
/// of another game, a team of the game, an observer of the game, the instructor. Each gets what its role admits and
/// nothing else; form posts from those the page does not admit store nothing.
/// </summary>
public abstract class GameSecurityTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected GameSecurityTests(TFactory app) => _app = app;

    private GameHost Host => _app.Services.GetRequiredService<GameHost>();

    /// <summary>The answer: the page itself, 404 as if the game did not exist, or a redirect to sign in.</summary>
    private enum Answer
    {
        Page,
        NotFound,
        SignIn,
    }

    /// <summary>Each game route, and who gets it while the game runs (turn 1 resolved, turn 2 open).</summary>
    private static readonly (string Path, Who[] Admitted)[] Routes =
    [
        ("/team", [Who.Team]),
        ("/dashboard", [Who.Instructor]),
        ("/watch", [Who.Observer, Who.Instructor]),
        ("/council", [Who.Team, Who.Observer, Who.Instructor]),
        ("/review?turn=1", [Who.Observer, Who.Instructor]),
        ("/debrief", [Who.Instructor]),
        ("/debrief.csv", [Who.Instructor]),
        ("/messages.csv", [Who.Instructor]),
        ("/log.json", [Who.Instructor]),
        ("/live", [Who.Team, Who.Observer, Who.Instructor]),
        ("/map.png", [Who.Team, Who.Observer, Who.Instructor]),
        ("/map.png?turn=1", [Who.Team, Who.Observer, Who.Instructor]),
        ("/chart.png?metric=population&team=State%201", [Who.Team, Who.Observer, Who.Instructor]),
    ];

    public static TheoryData<Who> Everyone => [Who.SignedOut, Who.Outsider, Who.Team, Who.Observer, Who.Instructor];

    private static Uri At(string path) => new(path, UriKind.Relative);

    private static string GamePath(int game, string page = "") => $"/games/{game.ToString(CultureInfo.InvariantCulture)}{page}";

    /// <summary>A game with three teams and a resolved turn, and a client signed in as <paramref name="who"/>.</summary>
    private async Task<(int Game, HttpClient Client)> ArrangeAsync(Who who)
    {
        var game = await Host.CreateAsync(new NewGame($"Security {Guid.NewGuid():N}", "default", 3, ["State 1", "State 2", "State 3"], Settings: ["years=3"]));
        var other = await Host.CreateAsync(new NewGame($"Other {Guid.NewGuid():N}", "default", 4, ["State 1", "State 2"], Settings: ["years=3"]));
        Assert.Equal(1, await Host.ResolveIfDueAsync(game, force: true));
        var client = _app.Client();
        if (who == Who.SignedOut)
        {
            return (game, client);
        }

        var email = $"{who}-{Guid.NewGuid():N}@example.org".ToLowerInvariant();
        var role = who switch { Who.Instructor => Roles.Instructor, Who.Observer => Roles.Observer, _ => Roles.TeamMember };
        var user = await ClassroomServer.CreateUserAsync(_app.Services, email, ClassroomFactory.Password, role);
        if (who != Who.Instructor)
        {
            var inGame = who == Who.Outsider ? other : game;
            await _app.WithDatabaseAsync(async db =>
            {
                int? team = who == Who.Observer ? null : await db.Teams.Where(t => t.GameId == inGame && t.StateName == "State 1").Select(t => t.Id).SingleAsync();
                db.Memberships.Add(new Data.Membership { GameId = inGame, TeamId = team, UserId = user.Id });
                return await db.SaveChangesAsync();
            });
        }

        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return (game, client);
    }

    private static async Task<Answer> AskAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(At(path));
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Answer.Page,
            HttpStatusCode.NotFound => Answer.NotFound,
            HttpStatusCode.Redirect when response.Headers.Location?.OriginalString.Contains("/signin", StringComparison.Ordinal) == true => Answer.SignIn,
            var other => throw new Xunit.Sdk.XunitException($"{path}: unexpected {(int)other} {other}"),
        };
    }

    [Theory]
    [MemberData(nameof(Everyone))]
    public async Task Every_game_route_answers_only_the_roles_it_admits(Who who)
    {
        var (game, client) = await ArrangeAsync(who);
        using (client)
        {
            foreach (var (path, admitted) in Routes)
            {
                var expected = who == Who.SignedOut ? Answer.SignIn : admitted.Contains(who) ? Answer.Page : Answer.NotFound;
                Assert.True(expected == await AskAsync(client, GamePath(game, path)), $"{who} asking {path}: expected {expected}");
            }

            // A game that does not exist answers as one the user is not in.
            Assert.Equal(who == Who.SignedOut ? Answer.SignIn : Answer.NotFound, await AskAsync(client, GamePath(int.MaxValue, "/team")));
        }
    }

    [Theory]
    [InlineData(Who.Outsider)]
    [InlineData(Who.Observer)]
    [InlineData(Who.Instructor)]
    public async Task Only_the_team_submits_its_orders_and_nothing_is_stored_for_anyone_else(Who who)
    {
        var (game, client) = await ArrangeAsync(who);
        using (client)
        {
            var before = await _app.WithDatabaseAsync(db => db.GameEvents.CountAsync(e => e.GameId == game));
            // The form as a team's page has it, posted by someone else with a valid token of their own (from a page they may open).
            var tokenPage = who == Who.Instructor ? GamePath(game, "/dashboard") : "/join";
            using var posted = await ClassroomFactory.PostFormAsync(client, tokenPage, "orders",
                [new("Orders.Turn", "2"), new("Orders.Military", "0.9"), new("Orders.Welfare", "0.05")], action: GamePath(game, "/team"));
            Assert.True(posted.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{who}: {posted.StatusCode}");
            Assert.Equal(before, await _app.WithDatabaseAsync(db => db.GameEvents.CountAsync(e => e.GameId == game)));
            Assert.Null(await Host.ReadAsync(game, g => g.OrdersOf(2, "State 1")));
        }
    }

    [Fact]
    public async Task A_team_cannot_act_for_the_instructor_and_its_posts_to_the_dashboard_store_nothing()
    {
        var (game, client) = await ArrangeAsync(Who.Team);
        using (client)
        {
            var messages = await _app.WithDatabaseAsync(db => db.Messages.CountAsync(m => m.GameId == game));
            using var inject = await ClassroomFactory.PostFormAsync(client, GamePath(game, "/team"), "inject",
                [new("Inject.Kind", "crisis"), new("Inject.To", "all"), new("Inject.Body", "forged")], action: GamePath(game, "/dashboard"));
            Assert.True(inject.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, inject.StatusCode.ToString());
            using var resolve = await ClassroomFactory.PostFormAsync(client, GamePath(game, "/team"), "control",
                [new("Control.Action", "resolve")], action: GamePath(game, "/dashboard"));
            Assert.True(resolve.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.BadRequest, resolve.StatusCode.ToString());
            Assert.Equal(messages, await _app.WithDatabaseAsync(db => db.Messages.CountAsync(m => m.GameId == game)));
            Assert.Equal(2, await Host.ReadAsync(game, g => g.Turn));
        }
    }

    [Fact]
    public async Task A_team_sees_its_own_state_in_full_and_another_teams_hidden_figures_not_at_all()
    {
        var (game, client) = await ArrangeAsync(Who.Team);
        using (client)
        {
            var page = await client.GetStringAsync(At(GamePath(game, "/team")));
            var (own, other, allied) = await Host.ReadAsync(game, g =>
            {
                var states = g.Simulation.World.States;
                int s1 = g.StateOf("State 1"), s2 = g.StateOf("State 2");
                return (states.Population[s1], states.Population[s2], states.Allied(s1, s2));
            });
            Assert.Contains(own.ToString("N0", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
            if (!allied)
            {
                Assert.DoesNotContain(other.ToString("N0", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
            }

            // Its live status names no team's submissions.
            var live = await client.GetStringAsync(At(GamePath(game, "/live")));
            Assert.Contains("\"submitted\":null", live, StringComparison.Ordinal);
        }
    }
}

public sealed class SqliteGameSecurityTests(ClassroomFactory app) : GameSecurityTests<ClassroomFactory>(app);

public sealed class PostgresGameSecurityTests(PostgresClassroomFactory app) : GameSecurityTests<PostgresClassroomFactory>(app);

using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Server.Play;

namespace Westphalia.Server.Tests;

/// <summary>The players' pages: joining with a code, the team page with its orders and messages, the map and charts.</summary>
public abstract class TeamTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected TeamTests(TFactory app) => _app = app;

    private GameHost Host => _app.Services.GetRequiredService<GameHost>();

    private Task<int> NewGameAsync() =>
        Host.CreateAsync(new NewGame($"Team {Guid.NewGuid():N}", "default", 11, ["State 1", "State 2", "State 3"], Settings: ["years=3"]));

    private Task<string> CodeAsync(int game, string state) =>
        _app.WithDatabaseAsync(db => db.Teams.Where(t => t.GameId == game && t.StateName == state).Select(t => t.JoinCode).SingleAsync());

    private static string Email(string who) => $"{who}-{Guid.NewGuid():N}@example.org";

    private static Task<HttpResponseMessage> JoinAsync(HttpClient client, string code, string email) =>
        ClassroomFactory.PostFormAsync(client, "/join", "join", [new("Input.Code", code), new("Input.Email", email), new("Input.Password", ClassroomFactory.Password)]);

    /// <summary>A new player of a game's team, signed in.</summary>
    private async Task<HttpClient> PlayerAsync(int game, string state)
    {
        var client = _app.Client();
        using var joined = await JoinAsync(client, await CodeAsync(game, state), Email("player"));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        return client;
    }

    private static Uri At(string path) => new(path, UriKind.Relative);

    private static string PathOf(Uri location) => location.IsAbsoluteUri ? location.PathAndQuery : location.OriginalString;

    private static string Path(int game, string page = "") => $"/games/{game.ToString(CultureInfo.InvariantCulture)}{page}";

    private static List<KeyValuePair<string, string>> OrdersFields(int turn, params (string Name, string Value)[] fields) =>
        [new("Orders.Turn", turn.ToString(CultureInfo.InvariantCulture)), .. fields.Select(f => new KeyValuePair<string, string>($"Orders.{f.Name}", f.Value))];

    private Task<int> EventCountAsync(int game) => _app.WithDatabaseAsync(db => db.GameEvents.CountAsync(e => e.GameId == game));

    [Fact]
    public async Task Joining_with_a_team_code_creates_the_account_signs_in_and_leads_to_the_team_page()
    {
        var game = await NewGameAsync();
        using var client = _app.Client();
        var email = Email("join");
        using var joined = await JoinAsync(client, await CodeAsync(game, "State 2"), email);
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        Assert.Equal(Path(game), PathOf(joined.Headers.Location!));
        using var redirect = await client.GetAsync(At(Path(game)));
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        Assert.Equal(Path(game, "/team"), PathOf(redirect.Headers.Location!));
        var page = await client.GetStringAsync(At(Path(game, "/team")));
        Assert.Contains("You govern <strong>State 2</strong>", page, StringComparison.Ordinal);
        Assert.Contains("Turn 1 of 3", page, StringComparison.Ordinal);
        Assert.Contains("data-mode=\"team\"", page, StringComparison.Ordinal);
        Assert.True(await _app.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task Signing_in_leads_a_player_of_one_game_to_it_and_of_two_to_the_list_of_their_games()
    {
        var a = await NewGameAsync();
        var b = await NewGameAsync();
        var email = Email("again");
        using (var first = _app.Client())
        {
            using var joined = await JoinAsync(first, await CodeAsync(a, "State 1"), email);
            Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        }

        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal(Path(a), PathOf(signIn.Headers.Location!));
        using var second = await ClassroomFactory.PostFormAsync(client, "/join", "join", [new("Input.Code", await CodeAsync(b, "State 3"))]);
        Assert.Equal(Path(b), PathOf(second.Headers.Location!));
        using var other = _app.Client();
        using var again = await ClassroomFactory.SignInAsync(other, email);
        Assert.Equal("/", PathOf(again.Headers.Location!));
        var home = await other.GetStringAsync(At("/"));
        Assert.Contains($"href=\"{Path(a)}\"", home, StringComparison.Ordinal);
        Assert.Contains($"href=\"{Path(b)}\"", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_code_is_refused_and_creates_no_account()
    {
        using var client = _app.Client();
        var email = Email("wrong");
        using var response = await JoinAsync(client, "ZZZZ-ZZZZ", email);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("class=\"error\" role=\"alert\"", page, StringComparison.Ordinal);
        Assert.False(await _app.WithDatabaseAsync(db => db.Users.AnyAsync(u => u.Email == email)));
    }

    [Fact]
    public async Task The_team_page_shows_the_own_population_and_hides_what_the_team_may_not_see()
    {
        var game = await NewGameAsync();
        using var client = await PlayerAsync(game, "State 1");
        var page = await client.GetStringAsync(At(Path(game, "/team")));
        var (own, hidden) = await Host.ReadAsync(game, g =>
        {
            var view = g.ViewFor("State 1");
            var states = g.Simulation.World.States;
            return (view.Own.Population!.Value, view.Others.Where(o => o.Population is null).Select(o => states.Population[o.Id]).ToList());
        });
        Assert.Contains(own.ToString("N0", CultureInfo.InvariantCulture), page, StringComparison.Ordinal);
        Assert.NotEmpty(hidden);
        Assert.All(hidden, p => Assert.DoesNotContain(p.ToString("N0", CultureInfo.InvariantCulture), page, StringComparison.Ordinal));
        Assert.Matches(new Regex("<td>(–|&#x2013;)</td>"), page); // a hidden value, as the page writes it
    }

    [Fact]
    public async Task Orders_from_the_form_reach_the_engine_and_the_log()
    {
        var game = await NewGameAsync();
        using var client = await PlayerAsync(game, "State 1");
        using var response = await ClassroomFactory.PostFormAsync(client, Path(game, "/team"), "orders",
            OrdersFields(1, ("Military", "0.3"), ("Welfare", "0.4"), ("Attack", "false"), ("Targets", "State 2"), ("CouncilDefault", "abstain")));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Matches(new Regex("role=\"status\">Orders for turn 1 received"), page);
        var orders = await Host.ReadAsync(game, g => g.OrdersOf(1, "State 1"));
        Assert.NotNull(orders);
        Assert.Equal(0.3, orders.Budget!.Military);
        Assert.Equal(0.4, orders.Budget.Welfare);
        Assert.Null(orders.Budget.TaxRate);
        Assert.False(orders.War!.Attack);
        Assert.Equal(["State 2"], orders.War.Targets!);
        Assert.Equal(2, await EventCountAsync(game));
        // The page shows the orders given when it is opened again.
        var again = await client.GetStringAsync(At(Path(game, "/team")));
        Assert.Contains("value=\"0.3\"", again, StringComparison.Ordinal);
        Assert.Contains("Your orders for this turn are in", again, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orders_the_engine_refuses_show_its_message_and_store_nothing()
    {
        var game = await NewGameAsync();
        using var client = await PlayerAsync(game, "State 1");
        using var response = await ClassroomFactory.PostFormAsync(client, Path(game, "/team"), "orders", OrdersFields(1, ("Military", "1.5")));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("role=\"alert\">orders from State 1: budget.military is 1.5; it must be between 0 and 1", page, StringComparison.Ordinal);
        Assert.Equal(1, await EventCountAsync(game));
        Assert.Null(await Host.ReadAsync(game, g => g.OrdersOf(1, "State 1")));
    }

    [Fact]
    public async Task Orders_for_a_turn_already_resolved_are_refused()
    {
        var game = await NewGameAsync();
        using var client = await PlayerAsync(game, "State 1");
        Assert.Equal(1, await Host.ResolveIfDueAsync(game, force: true));
        var events = await EventCountAsync(game);
        using var response = await ClassroomFactory.PostFormAsync(client, Path(game, "/team"), "orders", OrdersFields(1, ("Military", "0.3")));
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("These orders were for turn 1, but the game is at turn 2 now", page, StringComparison.Ordinal);
        Assert.Equal(events, await EventCountAsync(game));
        Assert.Null(await Host.ReadAsync(game, g => g.OrdersOf(2, "State 1")));
    }

    [Fact]
    public async Task A_team_member_of_one_game_finds_nothing_of_another()
    {
        var a = await NewGameAsync();
        var b = await NewGameAsync();
        using var client = await PlayerAsync(a, "State 1");
        foreach (var path in new[] { Path(b, "/team"), Path(b, "/map.png"), Path(b, "/chart.png?metric=population"), Path(b) })
        {
            using var response = await client.GetAsync(At(path));
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {response.StatusCode}");
        }

        using var dashboard = await client.GetAsync(At(Path(a, "/dashboard")));
        Assert.True(dashboard.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden, $"dashboard: {dashboard.StatusCode}");
    }

    [Fact]
    public async Task An_observer_cannot_post_orders_and_a_signed_out_visitor_is_sent_to_sign_in()
    {
        var game = await NewGameAsync();
        var code = await _app.WithDatabaseAsync(db => db.Games.Where(g => g.Id == game).Select(g => g.ObserverCode).SingleAsync());
        using var observer = _app.Client();
        using var joined = await JoinAsync(observer, code, Email("observer"));
        Assert.Equal(HttpStatusCode.Redirect, joined.StatusCode);
        using var page = await observer.GetAsync(At(Path(game, "/team")));
        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        using var post = await ClassroomFactory.PostFormAsync(observer, "/", "orders", OrdersFields(1, ("Military", "0.3")), action: Path(game, "/team"));
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        Assert.Equal(1, await EventCountAsync(game));

        using var anonymous = _app.Client();
        using var signedOut = await anonymous.GetAsync(At(Path(game, "/team")));
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.StartsWith("/signin", signedOut.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_message_reaches_its_addressee_only_and_a_communique_everyone()
    {
        var game = await NewGameAsync();
        using var a = await PlayerAsync(game, "State 1");
        using var b = await PlayerAsync(game, "State 2");
        using var c = await PlayerAsync(game, "State 3");
        var secret = $"secret {Guid.NewGuid():N}";
        var open = $"open {Guid.NewGuid():N}";
        using var sent = await ClassroomFactory.PostFormAsync(a, Path(game, "/team"), "message", [new("Message.To", "State 2"), new("Message.Body", secret)]);
        Assert.Contains("role=\"status\">Message sent to State 2", await sent.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var published = await ClassroomFactory.PostFormAsync(a, Path(game, "/team"), "message", [new("Message.To", "all"), new("Message.Body", open)]);
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        var toB = await b.GetStringAsync(At(Path(game, "/team")));
        var toC = await c.GetStringAsync(At(Path(game, "/team")));
        Assert.Contains(secret, toB, StringComparison.Ordinal);
        Assert.Contains(open, toB, StringComparison.Ordinal);
        Assert.DoesNotContain(secret, toC, StringComparison.Ordinal);
        Assert.Contains(open, toC, StringComparison.Ordinal);
        Assert.Equal(2, await _app.WithDatabaseAsync(db => db.Messages.CountAsync(m => m.GameId == game)));
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        var game = await NewGameAsync();
        using var client = await PlayerAsync(game, "State 1");
        using var content = new FormUrlEncodedContent([new("_handler", "orders"), .. OrdersFields(1, ("Military", "0.3"))]);
        using var response = await client.PostAsync(At(Path(game, "/team")), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(1, await EventCountAsync(game));
    }

    [Fact]
    public async Task The_map_and_the_charts_are_png_and_a_team_gets_charts_of_its_own_state_only()
    {
        var game = await NewGameAsync();
        using var client = await PlayerAsync(game, "State 1");
        using (var before = await client.GetAsync(At(Path(game, "/chart.png?metric=hsi"))))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode); // no turn resolved yet: an empty chart
        }

        Assert.Equal(1, await Host.ResolveIfDueAsync(game, force: true));
        foreach (var path in new[] { Path(game, "/map.png"), Path(game, "/chart.png?metric=hsi"), Path(game, "/chart.png?metric=life-expectancy"), Path(game, "/map.png?turn=0"), Path(game, "/map.png?turn=1"), Path(game, "/chart.png?metric=population&team=State 2") })
        {
            using var response = await client.GetAsync(At(path));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {response.StatusCode}");
            Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, bytes[..4]);
        }

        using var later = await client.GetAsync(At(Path(game, "/map.png?turn=2")));
        Assert.Equal(HttpStatusCode.NotFound, later.StatusCode);
        using var metric = await client.GetAsync(At(Path(game, "/chart.png?metric=happiness")));
        Assert.Equal(HttpStatusCode.NotFound, metric.StatusCode);
    }
}

public sealed class SqliteTeamTests(ClassroomFactory app) : TeamTests<ClassroomFactory>(app);

public sealed class PostgresTeamTests(PostgresClassroomFactory app) : TeamTests<PostgresClassroomFactory>(app);

using System.Net;
using System.Text.Json;

namespace Westphalia.Server.Tests;

public abstract class AccessTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected AccessTests(TFactory app) => _app = app;

    [Fact]
    public async Task Healthz_answers_200_with_status_database_and_version_to_anyone()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(new Uri("/healthz", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("ok", json.RootElement.GetProperty("status").GetString());
        Assert.Equal("reachable", json.RootElement.GetProperty("database").GetString());
        Assert.False(string.IsNullOrEmpty(json.RootElement.GetProperty("version").GetString()));
    }

    [Theory]
    [InlineData("/instructor")]
    [InlineData("/observer")]
    [InlineData("/anything-else")]
    public async Task Signed_out_visitors_are_sent_to_sign_in(string path)
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/signin", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    public async Task The_landing_and_sign_in_pages_are_open_to_anyone(string path)
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(Roles.TeamMember, "/instructor", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Observer, "/instructor", HttpStatusCode.Forbidden)]
    [InlineData(Roles.TeamMember, "/observer", HttpStatusCode.Forbidden)]
    [InlineData(Roles.Observer, "/observer", HttpStatusCode.OK)]
    [InlineData(Roles.Instructor, "/observer", HttpStatusCode.OK)]
    [InlineData(Roles.Instructor, "/instructor", HttpStatusCode.OK)]
    public async Task Each_page_opens_to_its_roles_only(string role, string path, HttpStatusCode expected)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, role);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_does_not_sign_in()
    {
        var email = $"observer-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Observer);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email, "Wrong-Password-1");
        Assert.Equal(HttpStatusCode.OK, signIn.StatusCode);
        Assert.Contains("Wrong email or password", await signIn.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var response = await client.GetAsync(new Uri("/observer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token()
    {
        var email = $"observer-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Observer);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        using var content = new FormUrlEncodedContent([]);
        using var response = await client.PostAsync(new Uri("/signout", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        using var still = await client.GetAsync(new Uri("/observer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, still.StatusCode);
    }

    [Fact]
    public async Task Signing_out_with_the_token_ends_the_session()
    {
        var email = $"observer-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Observer);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        // The sign-out form is in every page's header.
        using var signOut = await ClassroomFactory.PostFormAsync(client, "/observer", handler: null, [], action: "/signout");
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        using var after = await client.GetAsync(new Uri("/observer", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public async Task Responses_carry_security_headers()
    {
        using var client = _app.Client();
        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("DENY", response.Headers.GetValues("X-Frame-Options").Single());
        Assert.Contains("frame-ancestors 'none'", response.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_http_only_and_strict()
    {
        var email = $"observer-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Observer);
        using var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        var cookie = signIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("westphalia.session=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }
}

public sealed class SqliteAccessTests(ClassroomFactory app) : AccessTests<ClassroomFactory>(app);

public sealed class PostgresAccessTests(PostgresClassroomFactory app) : AccessTests<PostgresClassroomFactory>(app);

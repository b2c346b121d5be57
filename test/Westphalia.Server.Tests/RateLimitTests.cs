using System.Net;

namespace Westphalia.Server.Tests;

/// <summary>A factory of its own: the limiter counts every sign-in posted to its app.</summary>
public abstract class RateLimitTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private readonly TFactory _app;

    protected RateLimitTests(TFactory app) => _app = app;

    [Fact]
    public async Task The_sixth_sign_in_or_join_attempt_in_a_minute_gets_429()
    {
        using var client = _app.Client();
        for (var attempt = 1; attempt <= ClassroomServer.SignInAttemptsPerMinute; attempt++)
        {
            using var allowed = await ClassroomFactory.SignInAsync(client, "nobody@example.org", "Wrong-Password-1");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        using var refused = await ClassroomFactory.SignInAsync(client, "nobody@example.org", "Wrong-Password-1");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        // Joining with a code shares the budget: guessing codes is as limited as guessing passwords.
        using var join = await ClassroomFactory.PostFormAsync(client, "/join", "join", [new("Input.Code", "AAAAAAAA"), new("Input.Email", "guess@example.org"), new("Input.Password", "Wrong-Password-1")]);
        Assert.Equal(HttpStatusCode.TooManyRequests, join.StatusCode);
        // Reading the sign-in page is not an attempt.
        using var page = await client.GetAsync(new Uri("/signin", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }
}

public sealed class SqliteRateLimitTests(DefaultLimitsClassroomFactory app) : RateLimitTests<DefaultLimitsClassroomFactory>(app);

public sealed class PostgresRateLimitTests(PostgresDefaultLimitsClassroomFactory app) : RateLimitTests<PostgresDefaultLimitsClassroomFactory>(app);

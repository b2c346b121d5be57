using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Classroom;
using Westphalia.Mechanisms;
using Westphalia.Scenarios;
using Westphalia.Server.Play;
using Membership = Westphalia.Server.Data.Membership;
using Message = Westphalia.Server.Data.Message;
using MessageKind = Westphalia.Server.Data.MessageKind;

namespace Westphalia.Server.Tests;

/// <summary>
/// The Security Council page (drafts and votes through its forms, refusals, vetoes) and the debrief (its page, who may
/// see it when, its CSV). The Council games run on the default scenario with elected terms of 100 years and five votes
/// to pass, as in the engine's CouncilTests, so the teams' votes decide; the seats are found from a game without teams.
/// </summary>
public abstract class CouncilDebriefTests<TFactory> : IClassFixture<TFactory>
    where TFactory : ClassroomFactory
{
    private static readonly string[] Settings = ["years=3", "parameters.united_nations.term_years=100", "parameters.united_nations.votes_to_pass=5"];

    private static readonly Lazy<(string[] Permanent, string Elected, string Outsider, string Target)> Seats = new(() =>
    {
        var probe = Game.Create("default", 5, [], 12, settings: Settings);
        probe.Resolve();
        var members = probe.CouncilMembers;
        var states = probe.Simulation.World.States;
        var others = Enumerable.Range(0, states.Count)
            .Where(s => states.Alive[s] && states.FoundedTick[s] == 0 && members.All(m => m.State != states.Name[s]))
            .Select(s => states.Name[s]).ToList();
        return ([.. members.Where(m => m.Permanent).Select(m => m.State)], members.First(m => !m.Permanent).State, others[0], others[1]);
    });

    private readonly TFactory _app;

    protected CouncilDebriefTests(TFactory app) => _app = app;

    private GameHost Host => _app.Services.GetRequiredService<GameHost>();

    /// <summary>A signed-in client of a new user with a role, a member of a game's team (or an observer of it when <paramref name="team"/> is null).</summary>
    private async Task<HttpClient> MemberAsync(int gameId, string? team, string role = Roles.TeamMember)
    {
        var email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.org";
        var user = await ClassroomServer.CreateUserAsync(_app.Services, email, ClassroomFactory.Password, role);
        await _app.WithDatabaseAsync(async db =>
        {
            int? teamId = team is null ? null : await db.Teams.Where(t => t.GameId == gameId && t.StateName == team).Select(t => t.Id).SingleAsync();
            db.Memberships.Add(new Membership { GameId = gameId, TeamId = teamId, UserId = user.Id });
            return await db.SaveChangesAsync();
        });
        return await SignedInAsync(email);
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        var client = _app.Client();
        using var signIn = await ClassroomFactory.SignInAsync(client, email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    private async Task<HttpClient> InstructorAsync()
    {
        var email = $"instructor-{Guid.NewGuid():N}@example.org";
        await _app.AddUserAsync(email, Roles.Instructor);
        return await SignedInAsync(email);
    }

    /// <summary>How many events of a type a game's stored log holds (counted here: the payload is jsonb on PostgreSQL).</summary>
    private async Task<int> CountAsync(int gameId, string type)
    {
        var payloads = await _app.WithDatabaseAsync(db => db.GameEvents.Where(e => e.GameId == gameId).Select(e => e.Payload).ToListAsync());
        return payloads.Count(p => p.Contains("\"" + type + "\"", StringComparison.Ordinal));
    }

    private static Uri Path(string path) => new(path, UriKind.Relative);

    [Fact]
    public async Task A_council_member_team_tables_and_votes_through_the_forms_others_cannot_and_a_permanent_no_is_shown_as_a_veto()
    {
        _ = _app.Client();
        var (permanent, elected, outsider, target) = Seats.Value;
        var id = await Host.CreateAsync(new NewGame($"Council {Guid.NewGuid():N}", "default", 5, [.. permanent, elected, outsider], Settings: Settings));
        Assert.Equal(1, await Host.ResolveIfDueAsync(id, force: true));
        var page = $"/games/{id}/council";

        using var member = await MemberAsync(id, permanent[0]);
        using (var tabled = await ClassroomFactory.PostFormAsync(member, page, "draft", [new("Draft.Measure", "sanctions"), new("Draft.Target", target)]))
        {
            var html = await tabled.Content.ReadAsStringAsync();
            Assert.Equal(HttpStatusCode.OK, tabled.StatusCode);
            Assert.Contains("role=\"status\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("role=\"alert\"", html, StringComparison.Ordinal);
        }

        using (var voted = await ClassroomFactory.PostFormAsync(member, page, "vote", [new("Vote.Draft", "1"), new("Vote.Choice", "yes")]))
        {
            Assert.Equal(HttpStatusCode.OK, voted.StatusCode);
            Assert.Contains("role=\"status\"", await voted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.Equal(1, await CountAsync(id, "draft_proposed"));
        Assert.Equal(1, await CountAsync(id, "council_vote_cast"));

        using var off = await MemberAsync(id, outsider);
        using (var refused = await ClassroomFactory.PostFormAsync(off, page, "draft", [new("Draft.Measure", "condemnation"), new("Draft.Target", target)]))
        {
            var html = await refused.Content.ReadAsStringAsync();
            Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
            Assert.Contains("not on the Security Council", html, StringComparison.Ordinal);
        }

        using var observer = await MemberAsync(id, null, Roles.Observer);
        using (var watched = await observer.GetAsync(Path(page)))
        {
            Assert.Equal(HttpStatusCode.OK, watched.StatusCode);
            Assert.DoesNotContain("name=\"_handler\"", await watched.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        using (await ClassroomFactory.PostFormAsync(observer, page, "vote", [new("Vote.Draft", "1"), new("Vote.Choice", "no")]))
        {
        }

        Assert.Equal(1, await CountAsync(id, "draft_proposed"));
        Assert.Equal(1, await CountAsync(id, "council_vote_cast"));

        foreach (var team in permanent.Skip(1).Append(elected))
        {
            await Host.ActAsync(id, g => g.CastVote(team, 1, team == permanent[1] ? UnVote.No : UnVote.Yes));
        }

        Assert.Equal(2, await Host.ResolveIfDueAsync(id, force: true));
        var after = await member.GetStringAsync(Path(page));
        Assert.Contains($"vetoed by {permanent[1]}", after, StringComparison.Ordinal);
        Assert.Contains("class=\"veto\"", after, StringComparison.Ordinal);
        Assert.Contains("data-mode=\"watch\"", after, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_debrief_opens_to_teams_once_the_game_is_over_with_paradigms_and_the_archive_and_its_csv_to_the_game_alone()
    {
        _ = _app.Client();
        var id = await Host.CreateAsync(new NewGame($"Debrief {Guid.NewGuid():N}", "default", 7, ["State 1", "State 2"], Settings: ["years=2"]));
        var debrief = $"/games/{id}/debrief";
        var csv = $"/games/{id}/debrief.csv";
        using var team = await MemberAsync(id, "State 1");
        using var instructor = await InstructorAsync();
        using (var early = await team.GetAsync(Path(debrief)))
        {
            Assert.Equal(HttpStatusCode.NotFound, early.StatusCode);
        }

        using (var earlyCsv = await team.GetAsync(Path(csv)))
        {
            Assert.Equal(HttpStatusCode.NotFound, earlyCsv.StatusCode);
        }

        using (var running = await instructor.GetAsync(Path(debrief)))
        {
            Assert.Equal(HttpStatusCode.OK, running.StatusCode);
        }

        await _app.WithDatabaseAsync(async db =>
        {
            var teams = await db.Teams.Where(t => t.GameId == id).OrderBy(t => t.StateName).Select(t => t.Id).ToListAsync();
            db.Messages.Add(new Message { GameId = id, Turn = 1, Kind = MessageKind.Private, FromTeamId = teams[0], ToTeamId = teams[1], Body = "A secret offer of alliance", CreatedUtc = DateTime.UtcNow });
            return await db.SaveChangesAsync();
        });
        var orders = new Orders { Budget = new BudgetOrders { Military = 0.5, Welfare = 0.3, Police = 0.1, Aid = 0.1 } };
        for (var turn = 1; turn <= 2; turn++)
        {
            await Host.ActAsync(id, g => g.Submit("State 1", orders));
            Assert.Equal(turn, await Host.ResolveIfDueAsync(id, force: true));
        }

        Assert.True(await Host.ReadAsync(id, g => g.IsFinished));
        var paradigm = await Host.ReadAsync(id, g => Debrief.Of(g).ParadigmOf("State 1"));
        Assert.NotNull(paradigm);
        using (var over = await team.GetAsync(Path(debrief)))
        {
            Assert.Equal(HttpStatusCode.OK, over.StatusCode);
            var html = await over.Content.ReadAsStringAsync();
            Assert.Contains($"State 1: {paradigm}", html, StringComparison.Ordinal);
            Assert.Contains("A secret offer of alliance", html, StringComparison.Ordinal);
            Assert.Contains("The state", html, StringComparison.Ordinal);
            Assert.Contains("Its people", html, StringComparison.Ordinal);
        }

        using (var export = await team.GetAsync(Path(csv)))
        {
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            Assert.Equal("text/csv", export.Content.Headers.ContentType?.MediaType);
            Assert.Equal($"game-{id}-debrief.csv", export.Content.Headers.ContentDisposition?.FileNameStar ?? export.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
            var lines = (await export.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
            Assert.StartsWith("team,turn,", lines[0], StringComparison.Ordinal);
            Assert.EndsWith(",grade", lines[0], StringComparison.Ordinal);
            Assert.Equal(1 + (2 * 2), lines.Length); // a header, then two teams by two turns
        }

        var other = await Host.CreateAsync(new NewGame($"Other {Guid.NewGuid():N}", "default", 7, ["State 1"], Settings: ["years=2"]));
        using var outsider = await MemberAsync(other, "State 1");
        using (var refused = await outsider.GetAsync(Path(csv)))
        {
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        }

        using (var refusedPage = await outsider.GetAsync(Path(debrief)))
        {
            Assert.Equal(HttpStatusCode.NotFound, refusedPage.StatusCode);
        }
    }
}

public sealed class SqliteCouncilDebriefTests(ClassroomFactory app) : CouncilDebriefTests<ClassroomFactory>(app);

public sealed class PostgresCouncilDebriefTests(PostgresClassroomFactory app) : CouncilDebriefTests<PostgresClassroomFactory>(app);

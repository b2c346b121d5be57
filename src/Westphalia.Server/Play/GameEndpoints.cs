using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>
/// The game's endpoints that are not pages: the live status the pages poll (<c>/games/{id}/live</c>), the event log
/// (<c>log.json</c>), the messages (<c>messages.csv</c>) and the polling script (<c>/js/live.js</c>). Each game endpoint
/// asks <see cref="GameAccess"/> first and answers 404 to a user without a role in the game, or whose role may not see it.
/// </summary>
public static class GameEndpoints
{
    public static IEndpointRouteBuilder MapGameEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet(LiveScript.Path, () => Results.Text(LiveScript.Text, "text/javascript; charset=utf-8")).AllowAnonymous();
        app.MapGet("/games/{id:int}/live", LiveAsync);
        app.MapGet("/games/{id:int}/log.json", LogAsync);
        app.MapGet("/games/{id:int}/messages.csv", MessagesAsync);
        return app;
    }

    private static async Task<IResult> LiveAsync(int id, HttpContext context, GameAccess access, GameHost host, ClassroomDbContext db)
    {
        var who = await access.ForAsync(context.User, id, context.RequestAborted).ConfigureAwait(false);
        if (!who.CanWatch)
        {
            return Results.NotFound();
        }

        var row = await db.Games.AsNoTracking().FirstAsync(g => g.Id == id, context.RequestAborted).ConfigureAwait(false);
        var state = await host.SnapshotAsync(id, context.RequestAborted).ConfigureAwait(false);
        if (state is null)
        {
            return Results.NotFound();
        }

        var instructor = who.Role == GameRole.Instructor;
        context.Response.Headers.CacheControl = "no-store";
        return Results.Json(new
        {
            turn = state.Turn,
            turns = state.Turns,
            finished = state.Finished,
            paused = row.Paused,
            resolving = host.IsResolving(id),
            deadlineUtc = row.DeadlineUtc is { } d ? DateTime.SpecifyKind(d, DateTimeKind.Utc) : (DateTime?)null,
            submitted = instructor ? state.Submitted : null,
            missing = instructor ? state.Missing : null,
        });
    }

    private static async Task<IResult> LogAsync(int id, HttpContext context, GameAccess access, ClassroomDbContext db)
    {
        var who = await access.ForAsync(context.User, id, context.RequestAborted).ConfigureAwait(false);
        if (who.Role != GameRole.Instructor)
        {
            return Results.NotFound();
        }

        var payloads = await db.GameEvents.AsNoTracking().Where(e => e.GameId == id).OrderBy(e => e.Sequence)
            .Select(e => e.Payload).ToListAsync(context.RequestAborted).ConfigureAwait(false);
        var json = new StringBuilder("[");
        for (var i = 0; i < payloads.Count; i++)
        {
            json.Append(i == 0 ? "\n" : ",\n").Append(payloads[i]);
        }

        json.Append("\n]\n");
        return Results.File(Encoding.UTF8.GetBytes(json.ToString()), "application/json", string.Create(CultureInfo.InvariantCulture, $"game-{id}-log.json"));
    }

    private static async Task<IResult> MessagesAsync(int id, HttpContext context, GameAccess access, GameHost host, ClassroomDbContext db)
    {
        var who = await access.ForAsync(context.User, id, context.RequestAborted).ConfigureAwait(false);
        var allowed = who.Role == GameRole.Instructor
            || (who.CanWatch && await host.ReadAsync(id, g => g.IsFinished, context.RequestAborted).ConfigureAwait(false));
        if (!allowed)
        {
            return Results.NotFound();
        }

        var messages = await db.Messages.AsNoTracking().Where(m => m.GameId == id).OrderBy(m => m.Id)
            .Select(m => new { m.Turn, m.Kind, From = m.FromTeam == null ? null : m.FromTeam.StateName, To = m.ToTeam == null ? null : m.ToTeam.StateName, m.Body, m.CreatedUtc })
            .ToListAsync(context.RequestAborted).ConfigureAwait(false);
        var csv = new StringBuilder();
        Csv.AppendRow(csv, "turn", "kind", "from", "to", "body", "created");
        foreach (var m in messages)
        {
            Csv.AppendRow(
                csv, m.Turn.ToString(CultureInfo.InvariantCulture), MessageKinds.Name(m.Kind), m.From ?? "instructor", m.To ?? "all", m.Body,
                DateTime.SpecifyKind(m.CreatedUtc, DateTimeKind.Utc).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        return Results.File(Encoding.UTF8.GetBytes(csv.ToString()), "text/csv; charset=utf-8", string.Create(CultureInfo.InvariantCulture, $"game-{id}-messages.csv"));
    }
}

using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>The debrief's export: <c>GET /games/{id}/debrief.csv</c>, to the instructor always, to everyone in the game once it is over.</summary>
public static class DebriefEndpoints
{
    public static IEndpointRouteBuilder MapDebriefEndpoints(this IEndpointRouteBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/games/{id:int}/debrief.csv", DebriefCsvAsync);
        return app;
    }

    private static async Task<IResult> DebriefCsvAsync(int id, HttpContext context, GameAccess access, GameHost host, ClassroomDbContext db)
    {
        var cancellation = context.RequestAborted;
        var who = await access.ForAsync(context.User, id, cancellation).ConfigureAwait(false);
        if (!who.CanWatch)
        {
            return Results.NotFound();
        }

        var report = await DebriefReport.LoadAsync(host, db, id, cancellation).ConfigureAwait(false);
        if (report is null || (who.Role != GameRole.Instructor && !report.Finished))
        {
            return Results.NotFound();
        }

        return Results.File(
            Encoding.UTF8.GetBytes(report.ToCsv()), "text/csv", string.Create(CultureInfo.InvariantCulture, $"game-{id}-debrief.csv"));
    }
}

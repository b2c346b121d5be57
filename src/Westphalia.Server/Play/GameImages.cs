using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Westphalia.Server.Play;

/// <summary>The game's pictures: the map and the charts of a team's state over time, as PNG.</summary>
public static class GameImages
{
    /// <summary>
    /// <c>GET /games/{id}/map.png?turn=N</c> (anyone in the game) and <c>GET /games/{id}/chart.png?metric=M&amp;team=T</c>
    /// (a team: its own state whatever <c>team</c> says; the instructor and observers: any team); 404 otherwise.
    /// </summary>
    public static IEndpointRouteBuilder MapGameImages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/games/{id:int}/map.png", async (int id, int? turn, HttpContext http, GameAccess access, GamePictures pictures) =>
        {
            var who = await access.ForAsync(http.User, id, http.RequestAborted).ConfigureAwait(false);
            if (!who.CanWatch)
            {
                return Results.NotFound();
            }

            var png = await pictures.MapAsync(id, turn, http.RequestAborted).ConfigureAwait(false);
            return png is null ? Results.NotFound() : Results.Bytes(png, "image/png");
        });
        app.MapGet("/games/{id:int}/chart.png", async (int id, string? metric, string? team, HttpContext http, GameAccess access, GamePictures pictures) =>
        {
            var who = await access.ForAsync(http.User, id, http.RequestAborted).ConfigureAwait(false);
            var state = who.Role == GameRole.Team ? who.Team : team;
            if (!who.CanWatch || state is null || metric is null)
            {
                return Results.NotFound();
            }

            var png = await pictures.ChartAsync(id, state, metric, http.RequestAborted).ConfigureAwait(false);
            return png is null ? Results.NotFound() : Results.Bytes(png, "image/png");
        });
        return app;
    }
}

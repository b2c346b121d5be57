using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Westphalia.Server.Play;

/// <summary>The game's endpoints that are not pages: the live status the pages poll, the log and the exports.</summary>
public static class GameEndpoints
{
    public static IEndpointRouteBuilder MapGameEndpoints(this IEndpointRouteBuilder app) => app;
}

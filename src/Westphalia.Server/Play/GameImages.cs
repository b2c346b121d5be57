using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace Westphalia.Server.Play;

/// <summary>The game's pictures: the map and the charts of a team's state over time, as PNG.</summary>
public static class GameImages
{
    public static IEndpointRouteBuilder MapGameImages(this IEndpointRouteBuilder app) => app;
}

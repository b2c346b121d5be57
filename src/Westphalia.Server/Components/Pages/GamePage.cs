using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Http;
using Westphalia.Server.Play;

namespace Westphalia.Server.Components.Pages;

/// <summary>
/// The base of every page of one game (<c>/games/{Id}/...</c>): finds what the signed-in user is in the game
/// (<see cref="GameAccess"/>) and answers 404, as if the game did not exist, to a user whose role the page does not
/// admit. Pages call <see cref="AdmitAsync"/> first in <c>OnInitializedAsync</c> and render nothing else when it is false.
/// </summary>
public abstract class GamePage : ComponentBase
{
    [Parameter]
    public int Id { get; set; }

    [CascadingParameter]
    public HttpContext? HttpContext { get; set; }

    [Inject]
    public required GameAccess GameAccess { get; set; }

    /// <summary>What the user is in this game (after <see cref="AdmitAsync"/>).</summary>
    protected Access Access { get; private set; } = Access.Nothing;

    /// <summary>Whether the page may be shown to the user; false after setting the response to 404.</summary>
    protected bool Admitted { get; private set; }

    /// <summary>Admits the user if their role in the game is one of <paramref name="roles"/>; else the response is 404.</summary>
    protected async Task<bool> AdmitAsync(params GameRole[] roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        var context = HttpContext ?? throw new InvalidOperationException("game pages render on the server, with an HTTP context");
        Access = await GameAccess.ForAsync(context.User, Id, context.RequestAborted).ConfigureAwait(false);
        Admitted = roles.Contains(Access.Role);
        if (!Admitted)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
        }

        return Admitted;
    }
}

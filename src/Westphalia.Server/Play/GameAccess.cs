using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>
/// Who a user is in a game, checked by every game page and endpoint: an account with the Instructor role runs every
/// game of the server; otherwise the user's membership says (a team, or an observer of that game); anyone else is
/// <see cref="GameRole.None"/>, and the game's pages answer 404 to them.
/// </summary>
public sealed class GameAccess(ClassroomDbContext db, UserManager<IdentityUser> users)
{
    /// <summary>The user's role in a game, and their team's id and state for a team member.</summary>
    public async Task<Access> ForAsync(ClaimsPrincipal user, int gameId, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || !await db.Games.AnyAsync(g => g.Id == gameId, cancellation).ConfigureAwait(false))
        {
            return Access.Nothing;
        }

        if (user.IsInRole(Roles.Instructor))
        {
            return new Access(GameRole.Instructor, null, null);
        }

        var userId = users.GetUserId(user);
        var membership = await db.Memberships.AsNoTracking().Include(m => m.Team)
            .FirstOrDefaultAsync(m => m.GameId == gameId && m.UserId == userId, cancellation).ConfigureAwait(false);
        return membership switch
        {
            null => Access.Nothing,
            { Team: { } team } when user.IsInRole(Roles.TeamMember) => new Access(GameRole.Team, team.Id, team.StateName),
            { TeamId: null } when user.IsInRole(Roles.Observer) => new Access(GameRole.Observer, null, null),
            _ => Access.Nothing,
        };
    }
}

/// <summary>A user's role in a game; for a team member, the team's id and the state it governs.</summary>
public sealed record Access(GameRole Role, int? TeamId, string? Team)
{
    public static Access Nothing { get; } = new(GameRole.None, null, null);

    /// <summary>Whether the user may watch the game (any role in it).</summary>
    public bool CanWatch => Role != GameRole.None;
}

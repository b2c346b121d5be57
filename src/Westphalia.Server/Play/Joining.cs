using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Westphalia.Server.Data;

namespace Westphalia.Server.Play;

/// <summary>
/// Joining a game with a code: a team's code makes the user a member of that team (role TeamMember), a game's observer
/// code an observer of that game (role Observer). A signed-in user joins as they are; anyone else gives an email and a
/// password and gets an account. One place per user per game.
/// </summary>
public sealed class Joining(ClassroomDbContext db, UserManager<IdentityUser> users)
{
    /// <summary>What a code opens: the game, and the team (null: observing).</summary>
    public async Task<(int GameId, Team? Team)?> FindAsync(string? code, CancellationToken cancellation = default)
    {
        var normal = JoinCodes.Normalise(code);
        if (normal.Length != JoinCodes.Length)
        {
            return null;
        }

        if (await db.Teams.AsNoTracking().FirstOrDefaultAsync(t => t.JoinCode == normal, cancellation).ConfigureAwait(false) is { } team)
        {
            return (team.GameId, team);
        }

        return await db.Games.AsNoTracking().Where(g => g.ObserverCode == normal).Select(g => (int?)g.Id).FirstOrDefaultAsync(cancellation).ConfigureAwait(false) is { } game
            ? (game, null)
            : null;
    }

    /// <summary>
    /// Puts a user in the game a code opens. Returns the game's id, or an error for the user to read (an unknown code,
    /// a user already in the game).
    /// </summary>
    public async Task<(int? GameId, string? Error)> JoinAsync(IdentityUser user, string? code, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (await FindAsync(code, cancellation).ConfigureAwait(false) is not var (gameId, team))
        {
            return (null, "No game or team has that code.");
        }

        if (await db.Memberships.AnyAsync(m => m.GameId == gameId && m.UserId == user.Id, cancellation).ConfigureAwait(false))
        {
            return (null, "You are in this game already.");
        }

        var role = team is null ? Roles.Observer : Roles.TeamMember;
        if (!await users.IsInRoleAsync(user, role).ConfigureAwait(false))
        {
            var added = await users.AddToRoleAsync(user, role).ConfigureAwait(false);
            if (!added.Succeeded)
            {
                return (null, string.Join(" ", added.Errors.Select(e => e.Description)));
            }
        }

        db.Memberships.Add(new Membership { GameId = gameId, TeamId = team?.Id, UserId = user.Id });
        await db.SaveChangesAsync(cancellation).ConfigureAwait(false);
        return (gameId, null);
    }

    /// <summary>Creates an account for a new player; returns it, or the reasons it could not be created.</summary>
    public async Task<(IdentityUser? User, string? Error)> CreateAccountAsync(string email, string password)
    {
        var user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(user, password).ConfigureAwait(false);
        return created.Succeeded
            ? (user, null)
            : (null, string.Join(" ", created.Errors.Select(e => e.Description.ToString(CultureInfo.InvariantCulture))));
    }
}

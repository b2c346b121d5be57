namespace Westphalia.Server.Data;

/// <summary>A user's place in a game: a member of one team, or an observer (<see cref="TeamId"/> null).</summary>
public sealed class Membership
{
    public int Id { get; set; }

    public int GameId { get; set; }

    public Game? Game { get; set; }

    /// <summary>The team the user plays in; null for an observer of the game.</summary>
    public int? TeamId { get; set; }

    public Team? Team { get; set; }

    public required string UserId { get; set; }
}

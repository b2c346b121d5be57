namespace Westphalia.Server.Data;

/// <summary>A message of a game: a team's private message or communiqué, or an instructor's inject.</summary>
public sealed class Message
{
    public long Id { get; set; }

    public int GameId { get; set; }

    public Game? Game { get; set; }

    /// <summary>The turn the message was sent in.</summary>
    public int Turn { get; set; }

    public MessageKind Kind { get; set; }

    /// <summary>The sending team; null for the instructor.</summary>
    public int? FromTeamId { get; set; }

    public Team? FromTeam { get; set; }

    /// <summary>The team it is addressed to; null for everyone.</summary>
    public int? ToTeamId { get; set; }

    public Team? ToTeam { get; set; }

    public required string Body { get; set; }

    public DateTime CreatedUtc { get; set; }
}

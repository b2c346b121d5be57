namespace Westphalia.Server.Data;

/// <summary>
/// One entry of a game's event log: what the game engine appends, in order (orders given, years simulated,
/// results). Sequence numbers are unique within a game, so a game is replayed by reading its log in order.
/// </summary>
public sealed class GameEvent
{
    public long Id { get; set; }

    public int GameId { get; set; }

    public Game? Game { get; set; }

    /// <summary>The event's place in its game's log, from 1.</summary>
    public long Sequence { get; set; }

    /// <summary>The event as a JSON object.</summary>
    public required string Payload { get; set; }

    public DateTime CreatedUtc { get; set; }
}

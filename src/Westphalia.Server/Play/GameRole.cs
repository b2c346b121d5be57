namespace Westphalia.Server.Play;

/// <summary>What a user is in one game.</summary>
public enum GameRole
{
    /// <summary>Nothing: the game's pages answer 404, as if it did not exist.</summary>
    None,

    /// <summary>Watches: the public record, the communiqués, the map; no orders, no private messages.</summary>
    Observer,

    /// <summary>Governs one state: its own state in full, others as far as it may see; orders, Council, messages.</summary>
    Team,

    /// <summary>Runs the game: sees everything, resolves, pauses, extends, injects.</summary>
    Instructor,
}

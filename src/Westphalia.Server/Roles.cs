namespace Westphalia.Server;

/// <summary>The classroom's roles and the authorisation policies built on them.</summary>
public static class Roles
{
    /// <summary>Runs the classroom: creates games, assigns teams, advances time.</summary>
    public const string Instructor = "Instructor";

    /// <summary>A student governing one state of a game.</summary>
    public const string TeamMember = "TeamMember";

    /// <summary>Watches games without acting in them.</summary>
    public const string Observer = "Observer";

    public static IReadOnlyList<string> All { get; } = [Instructor, TeamMember, Observer];

    /// <summary>Pages that watch games: observers and instructors.</summary>
    public const string ObserveGames = Observer + "," + Instructor;
}

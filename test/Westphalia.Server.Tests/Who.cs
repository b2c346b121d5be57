namespace Westphalia.Server.Tests;

/// <summary>Who asks a game's page (<see cref="GameSecurityTests{TFactory}"/>).</summary>
public enum Who
{
    SignedOut,

    /// <summary>A team member of another game.</summary>
    Outsider,

    /// <summary>A member of one of the game's teams.</summary>
    Team,

    /// <summary>An observer of the game.</summary>
    Observer,

    /// <summary>An instructor (who runs every game of the server).</summary>
    Instructor,
}

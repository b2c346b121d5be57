namespace Westphalia.Server.Data;

/// <summary>A team of a game: the students who govern one state, joining with a code the instructor hands out.</summary>
public sealed class Team
{
    public int Id { get; set; }

    public int GameId { get; set; }

    public Game? Game { get; set; }

    /// <summary>The name of the state the team governs, as the scenario names it (also the team's name in the game's log).</summary>
    public required string StateName { get; set; }

    public required string JoinCode { get; set; }
}

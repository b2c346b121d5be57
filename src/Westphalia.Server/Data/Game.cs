namespace Westphalia.Server.Data;

/// <summary>
/// A classroom game: a scenario played by teams, each governing a state, under one instructor. The game's model lives
/// in its event log (<see cref="GameEvent"/>); this row holds what runs the classroom around it: the deadline, the
/// pause, the codes observers join with, the grading weights.
/// </summary>
public sealed class Game
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The built-in scenario the game plays (<c>westphalia scenario list</c>).</summary>
    public required string ScenarioName { get; set; }

    /// <summary>The seed of the game's random generator (a scenario seed is unsigned; stored as its bits).</summary>
    public long Seed { get; set; }

    public DateTime CreatedUtc { get; set; }

    /// <summary>Months simulated per turn (12: a year).</summary>
    public int TurnMonths { get; set; } = 12;

    /// <summary>Minutes a turn stays open for orders; 0: no deadline (the turn resolves when all have submitted or the instructor resolves it).</summary>
    public int TurnMinutes { get; set; }

    /// <summary>When the current turn resolves whatever has been submitted; null: no deadline.</summary>
    public DateTime? DeadlineUtc { get; set; }

    /// <summary>A paused game takes orders but resolves no turn, not even at the deadline or when all have submitted.</summary>
    public bool Paused { get; set; }

    /// <summary>The code observers join the game with.</summary>
    public string ObserverCode { get; set; } = "";

    /// <summary>The weight of state security in a team's grade, 0 to 1; human security has the rest.</summary>
    public double StateSecurityWeight { get; set; } = 0.5;

    public List<Team> Teams { get; } = [];
}

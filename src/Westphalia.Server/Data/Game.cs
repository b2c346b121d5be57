namespace Westphalia.Server.Data;

/// <summary>A classroom game: a scenario played by teams, each governing a state, under one instructor.</summary>
public sealed class Game
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The built-in scenario the game plays (<c>westphalia scenario list</c>).</summary>
    public required string ScenarioName { get; set; }

    /// <summary>The seed of the game's random generator (a scenario seed is unsigned; stored as its bits).</summary>
    public long Seed { get; set; }

    public DateTime CreatedUtc { get; set; }

    public List<Team> Teams { get; } = [];
}

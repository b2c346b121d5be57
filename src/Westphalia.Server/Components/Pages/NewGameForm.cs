using System.ComponentModel.DataAnnotations;

namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of the instructor's form that creates a game (<c>create-game</c> on <c>/instructor</c>).</summary>
public sealed class NewGameForm
{
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [Required]
    public string Scenario { get; set; } = "";

    [Range(0, long.MaxValue)]
    public long Seed { get; set; } = 1;

    /// <summary>The states the teams govern, one name a line.</summary>
    [Required(ErrorMessage = "Name at least one state for a team, one a line.")]
    [StringLength(20_000)]
    public string Teams { get; set; } = "";

    /// <summary>The game's length in years; null: the scenario's.</summary>
    [Range(1, 1000)]
    public int? Years { get; set; }

    /// <summary>Months per turn; empty: 12.</summary>
    [Range(1, 120)]
    public int? TurnMonths { get; set; } = 12;

    /// <summary>Minutes a turn stays open; 0 or empty: no deadline.</summary>
    [Range(0, 60 * 24 * 30)]
    public int? TurnMinutes { get; set; } = 0;

    /// <summary><c>computer</c>, <c>repeat_last</c> or <c>instructor</c>; empty: computer.</summary>
    public string? Policy { get; set; } = "computer";

    /// <summary>The weight of state security in a grade, 0 to 1; empty: 0.5.</summary>
    [Range(0.0, 1.0)]
    public double? StateSecurityWeight { get; set; } = 0.5;

    /// <summary>Scenario settings, one a line, as <c>westphalia run --set</c> takes them (<c>parameters.united_nations.votes_to_pass=5</c>).</summary>
    [StringLength(4_000)]
    public string? Settings { get; set; }

    /// <summary>The setting lines, trimmed, without empty ones.</summary>
    public List<string> SettingLines() =>
        [.. (Settings ?? "").Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)];

    /// <summary>The team lines, trimmed, without empty ones.</summary>
    public List<string> TeamNames() =>
        [.. Teams.Split('\n').Select(t => t.Trim()).Where(t => t.Length > 0)];
}

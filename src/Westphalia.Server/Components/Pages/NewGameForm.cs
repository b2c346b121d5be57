using System.ComponentModel.DataAnnotations;

namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of the instructor's form that creates a game.</summary>
public sealed class NewGameForm
{
    [Required]
    [StringLength(200, MinimumLength = 1)]
    public string Name { get; set; } = "";

    [Required]
    public string Scenario { get; set; } = "";

    [Range(0, long.MaxValue)]
    public long Seed { get; set; } = 1;
}

using System.Text.Json;
using System.Text.Json.Serialization;

namespace Westphalia.Cli;

/// <summary>Options of a run that a resumed run must keep (stored in run.json).</summary>
public sealed record RunOptions([property: JsonPropertyName("checkpoint_every_years")] int CheckpointEveryYears)
{
    /// <summary>The plug-ins the run loaded, to load again (and check unchanged) when it is resumed.</summary>
    [JsonPropertyName("plugins")]
    public IReadOnlyList<PluginRecord> Plugins { get; init; } = [];

    public static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = true };
}

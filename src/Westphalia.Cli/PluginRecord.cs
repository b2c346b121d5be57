using System.Text.Json.Serialization;

namespace Westphalia.Cli;

/// <summary>A plug-in a run used: where it was loaded from and the SHA-256 of the file, so a resumed run uses the same.</summary>
public sealed record PluginRecord(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("sha256")] string Sha256);

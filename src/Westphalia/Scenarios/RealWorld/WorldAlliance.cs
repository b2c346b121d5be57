namespace Westphalia.Scenarios.RealWorld;

/// <summary>A standing alliance of the `world` data set (data/world/institutions.yaml): its name, treaty, members (ISO 3166-1 alpha-3) and source.</summary>
public sealed record WorldAlliance(string Name, string Treaty, IReadOnlyList<string> Members, string Source);

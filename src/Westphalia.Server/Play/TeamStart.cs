namespace Westphalia.Server.Play;

/// <summary>A team's state on the initial map, before the first turn: what the debrief measures change against.</summary>
/// <param name="Team">The team (the name of the state it governs).</param>
/// <param name="Regions">The regions the state held at the start.</param>
/// <param name="Population">Its people at the start.</param>
public sealed record TeamStart(string Team, int Regions, long Population);

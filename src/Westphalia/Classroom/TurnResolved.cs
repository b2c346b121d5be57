namespace Westphalia.Classroom;

/// <summary>A turn was resolved; <paramref name="StateHash"/> is the hash of the whole simulation state after it (<see cref="Game.HashOf"/>).</summary>
public sealed record TurnResolved(int Turn, string StateHash) : GameEvent;

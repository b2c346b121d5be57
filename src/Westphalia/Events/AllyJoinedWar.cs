namespace Westphalia.Events;

/// <summary>
/// A record (not a logged event) that interstate war reports when a state takes up arms beside a neighbour attacked by
/// <paramref name="Aggressor"/>: an ally, or a state standing by victims of aggression (docs/ODD.md §7.4.4).
/// </summary>
public sealed record AllyJoinedWar(int Tick, int Ally, int Aggressor, int Victim);

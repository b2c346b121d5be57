namespace Westphalia.Classroom;

/// <summary>The instructor switched the missing-orders policy; it holds for every turn resolved after it.</summary>
public sealed record PolicyChanged(MissingOrdersPolicy Policy) : GameEvent;

namespace Westphalia.Events;

/// <summary>
/// The first time in a run that one of the model's bounds binds (docs/ODD.md §2.9): <see cref="Bound"/> is the event's
/// name (<c>population_ceiling_reached</c>, <c>income_ceiling_reached</c>, <c>frontier_bound_reached</c>, <c>aid_capped</c>).
/// </summary>
public sealed record BoundReached(int Tick, string Bound, int State, int Region, double Value, string Detail) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => Bound;
}

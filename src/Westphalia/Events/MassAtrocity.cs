namespace Westphalia.Events;

/// <summary>
/// One side of a civil war killed at least 1,000 civilians within twelve months (Ulfelder &amp; Valentino 2008): state:
/// where; region: where the war began; value: how many; <see cref="ByGovernment"/>: whether the government did it (the
/// Responsibility to Protect) or the rebels.
/// </summary>
public sealed record MassAtrocity(int Tick, int State, int Region, double Value, string Detail, bool ByGovernment) : SimulationEvent(Tick, State, Region, Value, Detail)
{
    public override string Type => "mass_atrocity";
}

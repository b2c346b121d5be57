namespace Westphalia.Mechanisms;

/// <summary>An Interpol notice on its way to a member, arriving at tick <see cref="Arrival"/> (<see cref="InterpolState.Pending"/>).</summary>
internal readonly record struct InterpolDelivery(int Arrival, int Notice, int Member);

namespace Westphalia.Metrics;

/// <summary>One entry of the event log. <c>State</c> and <c>Region</c> are −1 when they do not apply.</summary>
public sealed record SimulationEvent(int Tick, string Type, int State, int Region, double Value, string Detail);

namespace Westphalia.Observers;

/// <summary>One indicator of the world at the first and last observation of a run: its label, its column in world.csv and the two values.</summary>
public sealed record SummaryIndicator(string Label, string Column, double First, double Last);

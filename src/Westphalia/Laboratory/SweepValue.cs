namespace Westphalia.Laboratory;

/// <summary>A factor's value at a design point: its text in the <c>--set</c> syntax and, for numbers and booleans, the typed value for the sweep table.</summary>
public sealed record SweepValue(string Text, double Number = 0, bool Flag = false);

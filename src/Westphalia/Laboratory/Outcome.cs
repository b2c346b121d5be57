namespace Westphalia.Laboratory;

/// <summary>
/// An outcome a comparison measures on every run: its column name, its label, the level of analysis it belongs to
/// (<c>state</c> or <c>individual</c>, the seeds' two levels), its unit, and how it is read from a finished run.
/// </summary>
public sealed record Outcome(string Name, string Label, string Level, string Unit, Func<Simulation, double> Measure);

namespace Westphalia.Metrics;

/// <summary>A legend entry of a <see cref="RealMap"/>: a colour and what it stands for.</summary>
public sealed record RealMapEntry(MapColour Colour, string Label);

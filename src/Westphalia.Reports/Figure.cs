namespace Westphalia.Reports;

/// <summary>
/// A chart or map of a report: its file name (without extension), its title and caption, and the same picture as PNG
/// and as SVG.
/// </summary>
public sealed record Figure(string Name, string Title, string Caption, byte[] Png, string Svg, int Width, int Height);

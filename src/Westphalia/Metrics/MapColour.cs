using System.Globalization;

namespace Westphalia.Metrics;

/// <summary>An opaque colour of a map, 8 bits a channel.</summary>
public readonly record struct MapColour(byte R, byte G, byte B)
{
    /// <summary>The colour as CSS and SVG write it: <c>#rrggbb</c>, lower case.</summary>
    public string Hex => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>A colour from <c>0xRRGGBB</c>.</summary>
    public static MapColour FromRgb(int rgb) => new((byte)(rgb >> 16), (byte)(rgb >> 8), (byte)rgb);

    /// <summary>The colour <paramref name="t"/> of the way (0 to 1) from this one to <paramref name="other"/>.</summary>
    public MapColour Towards(MapColour other, double t) => new(
        (byte)Math.Round(R + ((other.R - R) * t)),
        (byte)Math.Round(G + ((other.G - G) * t)),
        (byte)Math.Round(B + ((other.B - B) * t)));
}

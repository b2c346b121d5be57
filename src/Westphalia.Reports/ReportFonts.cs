using SkiaSharp;

namespace Westphalia.Reports;

/// <summary>
/// The typefaces every chart and map is drawn with: DejaVu Sans, regular and bold, embedded in this assembly (Debian's
/// fonts-dejavu-core; Bitstream Vera licence, Fonts/LICENSE-DejaVu.txt), so text renders alike on any Linux, with or
/// without fonts installed. <see cref="Install"/> makes them ScottPlot's default.
/// </summary>
public static class ReportFonts
{
    /// <summary>The family name charts ask for.</summary>
    public const string Family = "DejaVu Sans";

    private static readonly Lazy<SKTypeface> RegularFace = new(() => Load("DejaVuSans.ttf"));
    private static readonly Lazy<SKTypeface> BoldFace = new(() => Load("DejaVuSans-Bold.ttf"));
    private static readonly Lock Gate = new();
    private static bool _installed;

    public static SKTypeface Regular => RegularFace.Value;

    public static SKTypeface Bold => BoldFace.Value;

    /// <summary>Puts the embedded typefaces first among ScottPlot's font resolvers and makes them the default (once).</summary>
    public static void Install()
    {
        lock (Gate)
        {
            if (_installed)
            {
                return;
            }

            ScottPlot.Fonts.FontResolvers.Insert(0, new EmbeddedFontResolver());
            ScottPlot.Fonts.Default = Family;
            ScottPlot.Fonts.Sans = Family;
            _installed = true;
        }
    }

    private static SKTypeface Load(string file)
    {
        var name = $"Westphalia.Reports.Fonts.{file}";
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"the font {name} is not embedded in {typeof(ReportFonts).Assembly.GetName().Name}");
        return SKTypeface.FromStream(stream) ?? throw new InvalidOperationException($"the embedded font {name} does not load");
    }
}

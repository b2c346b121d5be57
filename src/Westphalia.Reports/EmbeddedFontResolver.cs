using ScottPlot;
using SkiaSharp;

namespace Westphalia.Reports;

/// <summary>Answers ScottPlot's requests for any font with the embedded DejaVu Sans (bold when bold is asked for).</summary>
internal sealed class EmbeddedFontResolver : IFontResolver
{
    public SKTypeface CreateTypeface(string fontName, bool bold, bool italic) => bold ? ReportFonts.Bold : ReportFonts.Regular;

    public SKTypeface CreateTypeface(string fontName, FontWeight weight, FontSlant slant, FontSpacing width) =>
        weight >= FontWeight.SemiBold ? ReportFonts.Bold : ReportFonts.Regular;
}

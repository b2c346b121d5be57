using System.Net;
using System.Text;

namespace Westphalia.Reports;

/// <summary>
/// A report as one self-contained HTML page: sections of text, tables and figures, with its style inline and every
/// figure embedded as a PNG data URI, so the file opens offline, alone, in any browser. Each figure also links to its
/// PNG and SVG beside the page (in <see cref="ChartsFolder"/>).
/// </summary>
public sealed class HtmlReport(string title, string subtitle)
{
    public const string FileName = "report.html";
    public const string ChartsFolder = "charts";

    private const string Style = """
        body { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; color: #1d1d1f; margin: 0; background: #fafafa; }
        main { max-width: 940px; margin: 0 auto; padding: 24px 28px 48px; background: white; }
        h1 { font-size: 26px; margin: 8px 0 4px; } h2 { font-size: 20px; margin: 32px 0 8px; border-bottom: 1px solid #ddd; padding-bottom: 4px; }
        h3 { font-size: 16px; margin: 20px 0 6px; }
        p, li { line-height: 1.5; font-size: 15px; } .subtitle { color: #555; margin-top: 0; }
        nav { font-size: 14px; background: #f3f4f6; padding: 8px 14px; border-radius: 6px; } nav a { margin-right: 14px; color: #1f4e8c; }
        table { border-collapse: collapse; margin: 10px 0 14px; font-size: 13.5px; }
        th, td { border-bottom: 1px solid #e3e3e3; padding: 4px 10px; text-align: left; vertical-align: top; }
        th { background: #f3f4f6; } td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
        td .sub { display: block; color: #666; font-size: 12px; } .scroll { overflow-x: auto; }
        tr.group td { font-weight: bold; background: #fafafa; }
        figure { margin: 18px 0; } figure img { max-width: 100%; height: auto; border: 1px solid #eee; }
        figcaption { font-size: 13.5px; color: #444; line-height: 1.45; } figcaption a { color: #1f4e8c; }
        .verdict { border-left: 6px solid #888; background: #f5f5f5; padding: 10px 14px; margin: 14px 0; }
        .verdict.holds { border-color: #2e7d32; background: #eef7ee; } .verdict.contradicted { border-color: #c62828; background: #fbeeee; }
        .verdict.undecided { border-color: #9e9e9e; } .verdict b { text-transform: uppercase; letter-spacing: 0.04em; }
        .caveat { border-left: 6px solid #e0a800; background: #fff8e1; padding: 10px 14px; }
        footer { margin-top: 40px; font-size: 12.5px; color: #666; }
        """;

    private readonly StringBuilder _body = new();
    private readonly List<(string Id, string Heading)> _sections = [];
    private readonly List<Task<Figure>> _figures = [];

    /// <summary>The figures in the order they appear (drawn by then: each is drawn on the thread pool as it is added).</summary>
    public IReadOnlyList<Figure> Figures => [.. _figures.Select(f => f.GetAwaiter().GetResult())];

    public HtmlReport Section(string heading)
    {
        var id = $"s{_sections.Count + 1}";
        _sections.Add((id, heading));
        _body.Append($"<h2 id=\"{id}\">{Encode(heading)}</h2>\n");
        return this;
    }

    public HtmlReport Subsection(string heading)
    {
        _body.Append($"<h3>{Encode(heading)}</h3>\n");
        return this;
    }

    public HtmlReport Paragraph(string text)
    {
        _body.Append($"<p>{Encode(text)}</p>\n");
        return this;
    }

    public HtmlReport Bullets(IEnumerable<string> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _body.Append("<ul>\n");
        foreach (var item in items)
        {
            _body.Append($"<li>{Encode(item)}</li>\n");
        }

        _body.Append("</ul>\n");
        return this;
    }

    /// <summary>A verdict (holds, contradicted or undecided) in a coloured box, with its sentence.</summary>
    public HtmlReport Verdict(string verdict, string text)
    {
        var kind = verdict is "holds" or "contradicted" or "undecided" ? verdict : "undecided";
        _body.Append($"<div class=\"verdict {kind}\"><b>{Encode(verdict)}</b> — {Encode(text)}</div>\n");
        return this;
    }

    public HtmlReport Caveat(string text)
    {
        _body.Append($"<p class=\"caveat\"><b>Caveat.</b> {Encode(text)}</p>\n");
        return this;
    }

    /// <summary>
    /// A table; columns flagged in <paramref name="numeric"/> are right-aligned, a cell's lines after the first are set
    /// smaller beneath it, and a row with only its first cell filled heads a group.
    /// </summary>
    public HtmlReport Table(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, IReadOnlyList<bool>? numeric = null)
    {
        ArgumentNullException.ThrowIfNull(headers);
        ArgumentNullException.ThrowIfNull(rows);
        string Cls(int i) => numeric is not null && i < numeric.Count && numeric[i] ? " class=\"n\"" : "";
        _body.Append("<div class=\"scroll\"><table>\n<tr>");
        for (var i = 0; i < headers.Count; i++)
        {
            _body.Append($"<th{Cls(i)}>{Encode(headers[i])}</th>");
        }

        _body.Append("</tr>\n");
        foreach (var row in rows)
        {
            // A row with text in its first cell alone is a group's heading.
            _body.Append(row.Skip(1).All(c => c.Length == 0) && row.Count > 1 ? "<tr class=\"group\">" : "<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                // A cell's further lines (after a line break) are its detail, smaller beneath it.
                var lines = row[i].Split('\n');
                _body.Append($"<td{Cls(i)}>{Encode(lines[0])}");
                foreach (var line in lines.Skip(1))
                {
                    _body.Append($"<span class=\"sub\">{Encode(line)}</span>");
                }

                _body.Append("</td>");
            }

            _body.Append("</tr>\n");
        }

        _body.Append("</table></div>\n");
        return this;
    }

    /// <summary>
    /// A figure: its PNG embedded, its caption, and links to its PNG and SVG files. It is drawn on the thread pool at
    /// once, beside the figures added before and after it; the page puts each in its place, so it does not depend on
    /// which finishes first.
    /// </summary>
    public HtmlReport Figure(Func<Figure> draw)
    {
        ArgumentNullException.ThrowIfNull(draw);
        ReportFonts.Install();
        _figures.Add(Task.Run(draw));
        _body.Append(Placeholder(_figures.Count - 1));
        return this;
    }

    private static string Placeholder(int index) => $"\u0000figure {index}\u0000";

    private static string FigureHtml(Figure figure)
    {
        var data = Convert.ToBase64String(figure.Png);
        return $"<figure id=\"{Encode(figure.Name)}\"><img src=\"data:image/png;base64,{data}\" width=\"{figure.Width}\" height=\"{figure.Height}\" alt=\"{Encode(figure.Title)}\">\n"
            + $"<figcaption>{Encode(figure.Caption)} <a href=\"{ChartsFolder}/{Encode(figure.Name)}.svg\">SVG</a> · <a href=\"{ChartsFolder}/{Encode(figure.Name)}.png\">PNG</a></figcaption></figure>\n";
    }

    /// <summary>The page.</summary>
    public string Render(string footer)
    {
        var page = new StringBuilder();
        page.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        page.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        page.Append($"<title>{Encode(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n");
        page.Append($"<h1>{Encode(title)}</h1>\n<p class=\"subtitle\">{Encode(subtitle)}</p>\n");
        if (_sections.Count > 1)
        {
            page.Append("<nav>");
            foreach (var (id, heading) in _sections)
            {
                page.Append($"<a href=\"#{id}\">{Encode(heading)}</a>");
            }

            page.Append("</nav>\n");
        }

        // The body alternates text and figure placeholders ("\0figure N\0"): each figure goes in its place in one pass.
        var figures = Figures;
        var parts = _body.ToString().Split('\0');
        for (var i = 0; i < parts.Length; i++)
        {
            page.Append(i % 2 == 0 ? parts[i] : FigureHtml(figures[int.Parse(parts[i].AsSpan("figure ".Length), System.Globalization.CultureInfo.InvariantCulture)]));
        }

        page.Append($"<footer>{Encode(footer)}</footer>\n</main>\n</body>\n</html>\n");
        return page.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}

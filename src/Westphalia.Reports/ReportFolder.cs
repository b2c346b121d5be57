using System.Text.Json;
using System.Text.Json.Nodes;

namespace Westphalia.Reports;

/// <summary>
/// Reading an output folder for its report, and writing the report into it: <c>report.html</c> and the figures' PNG and
/// SVG files in <c>charts/</c>, each written under a temporary name and renamed into place.
/// </summary>
public static class ReportFolder
{
    public static CsvData Csv(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new ReportException($"{path}: not found; a report of this folder needs it");
        }

        return CsvData.Read(path);
    }

    public static JsonNode Json(string folder, string file)
    {
        var path = Path.Combine(folder, file);
        if (!File.Exists(path))
        {
            throw new ReportException($"{path}: not found; a report of this folder needs it");
        }

        try
        {
            return JsonNode.Parse(File.ReadAllText(path)) ?? throw new ReportException($"{path}: empty JSON");
        }
        catch (JsonException e)
        {
            throw new ReportException($"{path}: not valid JSON ({e.Message})");
        }
    }

    /// <summary>Writes the report's page and figures into <paramref name="folder"/>; returns the page's path.</summary>
    public static string Write(string folder, HtmlReport report, string footer)
    {
        ArgumentNullException.ThrowIfNull(report);
        var charts = Path.Combine(folder, HtmlReport.ChartsFolder);
        Directory.CreateDirectory(charts);
        foreach (var figure in report.Figures)
        {
            WriteAtomically(Path.Combine(charts, figure.Name + ".png"), s => s.Write(figure.Png));
            WriteAtomically(Path.Combine(charts, figure.Name + ".svg"), s => s.Write(System.Text.Encoding.UTF8.GetBytes(figure.Svg)));
        }

        var page = Path.Combine(folder, HtmlReport.FileName);
        WriteAtomically(page, s => s.Write(new System.Text.UTF8Encoding(false).GetBytes(report.Render(footer))));
        return page;
    }

    private static void WriteAtomically(string path, Action<Stream> write)
    {
        var temporary = path + ".partial";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}

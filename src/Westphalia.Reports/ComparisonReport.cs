namespace Westphalia.Reports;

/// <summary>The report of a comparison or an experiment (to come).</summary>
public static class ComparisonReport
{
    public static HtmlReport Build(string folder) => throw new ReportException($"{folder}: reports of comparisons are not written yet");
}

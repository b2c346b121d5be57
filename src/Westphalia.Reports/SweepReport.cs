namespace Westphalia.Reports;

/// <summary>The report of a sweep (to come).</summary>
public static class SweepReport
{
    public static HtmlReport Build(string folder) => throw new ReportException($"{folder}: reports of sweeps are not written yet");
}

using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Westphalia.Benchmarks;

/// <summary>
/// Throughput columns derived from the mean time of one operation (12 ticks) and the benchmark's
/// <c>Regions</c> and <c>Threads</c> parameters.
/// </summary>
public sealed class RegionTickColumn(string columnName, string legend, Func<double, int, int, double> value, string format) : IColumn
{
    /// <summary>Mean milliseconds per tick.</summary>
    public static readonly IColumn MillisecondsPerTick = new RegionTickColumn(
        "ms/tick", "Mean time of one tick (one month), milliseconds",
        (seconds, _, _) => seconds / WorldConfigurations.TicksPerOperation * 1e3, "N3");

    /// <summary>Ticks per second.</summary>
    public static readonly IColumn TicksPerSecond = new RegionTickColumn(
        "ticks/s", "Ticks (months) simulated per second",
        (seconds, _, _) => WorldConfigurations.TicksPerOperation / seconds, "N1");

    /// <summary>Region-ticks per second: regions times ticks over the mean time.</summary>
    public static readonly IColumn RegionTicksPerSecond = new RegionTickColumn(
        "Mregion-ticks/s", "Millions of region-ticks per second (regions x ticks / mean time)",
        (seconds, regions, _) => (double)regions * WorldConfigurations.TicksPerOperation / seconds / 1e6, "N2");

    /// <summary>Region-ticks per second per thread used.</summary>
    public static readonly IColumn RegionTicksPerSecondPerCore = new RegionTickColumn(
        "Mregion-ticks/s/core", "Millions of region-ticks per second divided by the number of threads",
        (seconds, regions, threads) => (double)regions * WorldConfigurations.TicksPerOperation / seconds / 1e6 / threads, "N2");

    public string Id => nameof(RegionTickColumn) + "." + columnName;

    public string ColumnName => columnName;

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => legend;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var statistics = summary[benchmarkCase]?.ResultStatistics;
        if (statistics is null || statistics.Mean <= 0)
        {
            return "NA";
        }

        var regions = Convert.ToInt32(benchmarkCase.Parameters["Regions"], CultureInfo.InvariantCulture);
        var threads = Convert.ToInt32(benchmarkCase.Parameters["Threads"], CultureInfo.InvariantCulture);
        var seconds = statistics.Mean / 1e9;
        return value(seconds, regions, threads).ToString(format, CultureInfo.InvariantCulture);
    }

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public bool IsAvailable(Summary summary) => true;

    public override string ToString() => ColumnName;
}

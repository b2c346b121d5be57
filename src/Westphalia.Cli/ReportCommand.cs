using System.Diagnostics;
using System.Globalization;
using System.CommandLine;
using Spectre.Console;
using Westphalia.Reports;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia report DIR</c>: writes the report of a run, comparison, experiment or sweep folder (report.html, one
/// self-contained page, and its charts as PNG and SVG in charts/). <c>run</c>, <c>compare</c> and <c>experiment</c>
/// call <see cref="Write"/> themselves when they finish.
/// </summary>
internal static class ReportCommand
{
    public static Command Build(IAnsiConsole console)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder of a run, a comparison, an experiment or a sweep.", Validators = { Cli.NotAnOption } };
        var quiet = Cli.QuietOption();
        var command = new Command("report", "Write the report of an output folder: report.html (self-contained, opens offline) and its charts as PNG and SVG.") { folder, quiet };
        command.SetAction(parse =>
        {
            var clock = Stopwatch.StartNew();
            var page = Write(parse.GetValue(folder)!);
            if (!parse.GetValue(quiet))
            {
                console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Report: {page} ({clock.Elapsed.TotalSeconds:F1} s)"));
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>After a command's files: writes the folder's report unless told not to, and says where it is unless quiet.</summary>
    public static void After(IAnsiConsole console, string folder, bool noReport, bool quiet)
    {
        ArgumentNullException.ThrowIfNull(console);
        if (noReport)
        {
            return;
        }

        var page = Write(folder);
        if (!quiet)
        {
            console.WriteLine($"Report: {page}");
        }
    }

    /// <summary>Writes the report of <paramref name="folder"/>; a folder it cannot be made of is the user's error.</summary>
    public static string Write(string folder)
    {
        try
        {
            return Reports.Reports.Write(folder, ProgramInfo.Version);
        }
        catch (ReportException e)
        {
            throw new UserError(e.Message);
        }
    }
}

using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Cli;

/// <summary>
/// Runs a simulation into a run folder in two steps, simulating and writing the files, each with its own progress:
/// periodic checkpoints, and on a signal a checkpoint of the tick reached (also when the simulation has finished and
/// its files are being written), a message on how to resume, and the signal's exit code.
/// </summary>
internal sealed class Runner(IAnsiConsole console, bool quiet)
{
    /// <summary>Whether the run's report (report.html and its charts) is written once its files are.</summary>
    public bool Report { get; init; } = true;

    public async Task<int> RunAsync(Simulation simulation, RunFolder folder, int checkpointEveryYears, Interruption interruption)
    {
        ArgumentNullException.ThrowIfNull(simulation);
        ArgumentNullException.ThrowIfNull(folder);
        ArgumentNullException.ThrowIfNull(interruption);
        var scenario = simulation.Scenario;
        var startTick = simulation.Tick;
        var cancellation = interruption.Token;
        var clock = Stopwatch.StartNew();
        var interactive = !quiet && !Console.IsOutputRedirected && console.Profile.Capabilities.Interactive;
        var checkpointTicks = checkpointEveryYears * 12;
        var simulated = TimeSpan.Zero;
        var fileCount = RunFolder.FilesOf(simulation).Count + 1;
        var current = "";

        void AfterTick(Simulation s)
        {
            if (checkpointTicks > 0 && s.Tick % checkpointTicks == 0 && !s.IsFinished)
            {
                Checkpoint(folder, s);
            }
        }

        void Simulate(Action<Simulation> report)
        {
            simulation.Run(cancellation, s =>
            {
                AfterTick(s);
                report(s);
            });
            simulated = clock.Elapsed;
        }

        try
        {
            if (interactive)
            {
                await console.Progress()
                    .AutoClear(false)
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn(), new RemainingTimeColumn())
                    .StartAsync(async ctx =>
                    {
                        var task = ctx.AddTask(Describe(simulation, clock, startTick), maxValue: scenario.Ticks);
                        var writing = ctx.AddTask("writing files", autoStart: false, maxValue: fileCount);
                        task.Value = startTick;
                        Simulate(s =>
                        {
                            task.Value = s.Tick;
                            if (s.Tick % 12 == 0 || s.IsFinished)
                            {
                                task.Description = Describe(s, clock, startTick);
                            }
                        });
                        task.StopTask();
                        writing.StartTask();
                        await folder.WriteOutputsAsync(simulation, cancellation, (k, name) =>
                        {
                            current = name;
                            writing.Value = k;
                            writing.Description = $"writing {name}";
                        }).ConfigureAwait(false);
                        writing.Value = fileCount;
                        writing.Description = $"wrote {fileCount} files";
                    }).ConfigureAwait(false);
            }
            else
            {
                var nextReport = clock.Elapsed;
                var lastYearReported = -1;
                Simulate(s =>
                {
                    if (quiet || s.Tick % 12 != 0)
                    {
                        return;
                    }

                    var year = s.Tick / 12;
                    var step = Math.Max(1, scenario.Years / 10);
                    if (year % step == 0 || s.IsFinished || clock.Elapsed >= nextReport)
                    {
                        if (year != lastYearReported)
                        {
                            console.WriteLine(Describe(s, clock, startTick) + $"  ({year}/{scenario.Years} years)");
                            lastYearReported = year;
                        }

                        nextReport = clock.Elapsed + TimeSpan.FromSeconds(5);
                    }
                });
                if (!quiet)
                {
                    console.WriteLine($"Writing {fileCount} files to {folder.Path} ...");
                }

                await folder.WriteOutputsAsync(simulation, cancellation, (_, name) => current = name).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            return Interrupted(simulation, folder, interruption);
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            throw new UserError(WriteFailure(simulation, folder, current, e));
        }

        clock.Stop();
        if (!quiet)
        {
            Summary(simulation, folder, simulated, clock.Elapsed - simulated, simulation.Tick - startTick);
        }

        ReportCommand.After(console, folder.Path, !Report, quiet);

        return ExitCodes.Success;
    }

    /// <summary>Writes a checkpoint; a failure to write it is the user's disk's, said in words.</summary>
    private static void Checkpoint(RunFolder folder, Simulation simulation)
    {
        try
        {
            folder.WriteCheckpoint(simulation);
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            var previous = File.Exists(folder[RunFolder.CheckpointFile]) ? "; the previous checkpoint is kept and 'westphalia resume' continues from it" : "";
            throw new UserError($"{folder[RunFolder.CheckpointFile]}: cannot write the checkpoint ({IoErrors.Describe(e)}){previous}");
        }
    }

    /// <summary>After a signal: a checkpoint of the tick reached, and how to go on.</summary>
    private int Interrupted(Simulation simulation, RunFolder folder, Interruption interruption)
    {
        if (folder.IsComplete)
        {
            console.MarkupLineInterpolated($"[yellow]{interruption.SignalName} received as the run finished;[/] the run is complete: {folder.Path}");
            return ExitCodes.Success;
        }

        Checkpoint(folder, simulation);
        var where = simulation.IsFinished
            ? "while writing the files (the simulation had finished)"
            : $"at {Date(simulation, simulation.Tick)}";
        console.MarkupLineInterpolated($"[yellow]{interruption.SignalName}: stopped {where}.[/] A checkpoint was written; continue with: westphalia resume {folder.Path}");
        return interruption.ExitCode;
    }

    /// <summary>Says which file could not be written and why, and saves the finished simulation if the disk allows.</summary>
    private static string WriteFailure(Simulation simulation, RunFolder folder, string file, Exception e)
    {
        var what = $"{folder[file.Length > 0 ? file : RunFolder.CheckpointFile]}: cannot write ({IoErrors.Describe(e)})";
        if (!simulation.IsFinished)
        {
            return what;
        }

        try
        {
            folder.WriteCheckpoint(simulation);
            return $"{what}. The simulation had finished and is saved: free some space, then 'westphalia resume {folder.Path}' writes the files";
        }
        catch (Exception again) when (IoErrors.IsIo(again))
        {
            return $"{what}. The simulation had finished but could not be saved either; free some space and start the run again";
        }
    }

    /// <summary>Blocs and the wars between them, when the run has alliances.</summary>
    private void WriteBlocs(RunSummary summary)
    {
        if (summary.Blocs.Count == 0)
        {
            return;
        }

        var table = new Table().Border(TableBorder.Rounded).Title("blocs (alliances at the start)");
        table.AddColumn("bloc, led by");
        table.AddColumn(new TableColumn($"members {summary.FirstYear} -> {summary.LastYear}").RightAligned());
        table.AddColumn(new TableColumn("military spending, % of output").RightAligned());
        table.AddColumn(new TableColumn("military spending, $bn/yr").RightAligned());
        foreach (var b in summary.Blocs)
        {
            table.AddRow(
                Markup.Escape(b.Leader),
                $"{b.MembersFirst} -> {b.MembersLast}",
                string.Create(CultureInfo.InvariantCulture, $"{b.BurdenFirst * 100:F1} -> {b.BurdenLast * 100:F1}"),
                string.Create(CultureInfo.InvariantCulture, $"{b.SpendingFirst / 1e9:N0} -> {b.SpendingLast / 1e9:N0}"));
        }

        console.Write(table);
        var wars = summary.WarsByBloc;
        console.WriteLine($"Wars begun: {wars.BetweenBlocs} between blocs, {wars.WithinBloc} within a bloc, {wars.NonAlignedInvolved} involving a non-aligned state.");
        console.WriteLine($"State deaths: {summary.BufferStatesDied} of {summary.BufferStates} buffer states, {summary.OtherStatesDied} of {summary.OtherStates} other states.");
        var crises = summary.CrisesByBloc;
        var total = crises.BetweenBlocs + crises.WithinBloc + crises.NonAlignedInvolved;
        if (total > 0)
        {
            console.WriteLine($"Crises: {total} ({crises.BetweenBlocs} between blocs, {crises.WithinBloc} within a bloc, {crises.NonAlignedInvolved} involving a non-aligned state); "
                + $"{summary.CrisesConceded} ended in concession, {summary.CrisesBackedDown} with the challenger backing down, "
                + $"{summary.CrisesEscalated} in war.");
        }
    }

    private static string Date(Simulation s, int tick) =>
        $"{s.Scenario.StartYear + (tick / 12):D4}-{(tick % 12) + 1:D2}";

    private static string Describe(Simulation s, Stopwatch clock, int startTick)
    {
        var years = (s.Tick - startTick) / 12.0;
        var seconds = clock.Elapsed.TotalSeconds;
        var speed = seconds > 0 ? years / seconds : 0;
        return string.Create(CultureInfo.InvariantCulture, $"{s.Scenario.Name} {Date(s, Math.Max(s.Tick - 1, 0))}  {speed,7:F1} years/s");
    }

    /// <summary>One line on the run's interstate and civil wars, when there were any.</summary>
    private void WriteWars(RunSummary s)
    {
        if (s.InterstateWars == 0 && s.CivilWars == 0)
        {
            return;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wars: {s.InterstateWars} interstate; {s.CivilWars} civil ({s.CivilWarsOngoing} going on at the end, {s.CivilWarsEndedInSecession} ended in secession), {s.CivilWarBattleDeaths:N0} battle deaths and {s.CivilWarCiviliansKilled:N0} civilians killed in them, {s.CivilWarsArmedFromOutside} armed from outside; {s.MassAtrocities} mass atrocities."));
    }

    /// <summary>One line on the United Nations, treaties and transnational threats, when there was anything.</summary>
    private void WriteInstitutions(RunSummary s)
    {
        if (s.CouncilDrafts == 0 && s.TerrorAttacks + s.TerrorAttacksFoiled == 0 && s.TreatiesSigned == 0)
        {
            return;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"United Nations: {s.CouncilDrafts} drafts, {s.Resolutions} resolutions, {s.Vetoes} vetoes, {s.SovereigntyOverrides} overrides of sovereignty. Treaties: {s.TreatiesSigned} signed, {s.TreatiesBroken} broken. Terror: {s.TerrorAttacks:N0} attacks carried out ({s.TerrorDeaths:N0} killed), {s.TerrorAttacksFoiled:N0} foiled; {s.InterpolNotices:N0} Interpol notices."));
    }

    /// <summary>Prints the run's summary (the one saved as summary.json) with the time it took and where the files are.</summary>
    private void Summary(Simulation simulation, RunFolder folder, TimeSpan elapsed, TimeSpan writing, int ticks)
    {
        var summary = simulation.Observer<SummaryObserver>().Summary();
        var table = new Table().Border(TableBorder.Rounded).Title($"{summary.Scenario}: {summary.Years} years, seed {summary.Seed}");
        table.AddColumn("world");
        table.AddColumn(new TableColumn($"{summary.FirstYear}").RightAligned());
        table.AddColumn(new TableColumn($"{summary.LastYear}").RightAligned());
        foreach (var indicator in summary.World)
        {
            var format = Formats.GetValueOrDefault(indicator.Column, "F3");
            table.AddRow(indicator.Label, indicator.First.ToString(format, CultureInfo.InvariantCulture), indicator.Last.ToString(format, CultureInfo.InvariantCulture));
        }

        console.Write(table);
        WriteBlocs(summary);
        WriteWars(summary);
        WriteInstitutions(summary);
        var speed = elapsed.TotalSeconds > 0 ? ticks / 12.0 / elapsed.TotalSeconds : 0;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ticks / 12.0:F0} years simulated in {elapsed.TotalSeconds:F1} s ({speed:F1} years/s, {simulation.World.Regions.Count} regions, {simulation.Threads} threads); files written in {writing.TotalSeconds:F1} s."));
        console.WriteLine($"Run folder: {folder.Path}");
        console.WriteLine($"  {string.Join(", ", RunFolder.FilesOf(simulation))}, {RunFolder.ManifestFile}");
    }

    /// <summary>How the summary's indicators are printed, by their column in world.csv.</summary>
    private static readonly Dictionary<string, string> Formats = new(StringComparer.Ordinal)
    {
        ["states_alive"] = "N0",
        ["population"] = "N0",
        ["income_per_capita"] = "N0",
        ["life_expectancy"] = "F1",
        ["food_security"] = "F1",
        ["violent_death_rate"] = "F2",
        ["displaced_share"] = "F2",
    };
}

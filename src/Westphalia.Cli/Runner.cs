using System.Diagnostics;
using System.Globalization;
using Spectre.Console;
using Westphalia.Scenarios;

namespace Westphalia.Cli;

/// <summary>
/// Runs a simulation into a run folder in two steps, simulating and writing the files, each with its own progress:
/// periodic checkpoints, and on a signal a checkpoint of the tick reached (also when the simulation has finished and
/// its files are being written), a message on how to resume, and the signal's exit code.
/// </summary>
internal sealed class Runner(IAnsiConsole console, bool quiet)
{
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
        var fileCount = RunFolder.DataFiles.Length + 1;
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
    private void WriteBlocs(Simulation simulation)
    {
        var (blocs, wars) = Metrics.BlocReport.Build(simulation.Recorder);
        if (blocs.Count == 0)
        {
            return;
        }

        var years = simulation.Recorder.States["year"].Ints;
        var table = new Table().Border(TableBorder.Rounded).Title("blocs (alliances at the start)");
        table.AddColumn("bloc, led by");
        table.AddColumn(new TableColumn($"members {years[0]} -> {years[^1]}").RightAligned());
        table.AddColumn(new TableColumn("military spending, % of output").RightAligned());
        table.AddColumn(new TableColumn("military spending, $bn/yr").RightAligned());
        foreach (var b in blocs)
        {
            table.AddRow(
                Markup.Escape(b.Leader),
                $"{b.MembersFirst} -> {b.MembersLast}",
                string.Create(CultureInfo.InvariantCulture, $"{b.BurdenFirst * 100:F1} -> {b.BurdenLast * 100:F1}"),
                string.Create(CultureInfo.InvariantCulture, $"{b.SpendingFirst / 1e9:N0} -> {b.SpendingLast / 1e9:N0}"));
        }

        console.Write(table);
        console.WriteLine($"Wars begun: {wars.BetweenBlocs} between blocs, {wars.WithinBloc} within a bloc, {wars.NonAlignedInvolved} involving a non-aligned state.");
        var (buffers, buffersDied, others, othersDied) = Metrics.BlocReport.DeathsByBuffer(simulation.Recorder);
        console.WriteLine($"State deaths: {buffersDied} of {buffers} buffer states, {othersDied} of {others} other states.");
        var (_, crises) = Metrics.BlocReport.Build(simulation.Recorder, "crisis");
        var total = crises.BetweenBlocs + crises.WithinBloc + crises.NonAlignedInvolved;
        if (total > 0)
        {
            var events = simulation.Recorder.Events;
            console.WriteLine($"Crises: {total} ({crises.BetweenBlocs} between blocs, {crises.WithinBloc} within a bloc, {crises.NonAlignedInvolved} involving a non-aligned state); "
                + $"{events.Count(e => e.Type == "crisis_conceded")} ended in concession, {events.Count(e => e.Type == "crisis_backed_down")} with the challenger backing down, "
                + $"{events.Count(e => e.Type == "crisis_escalated")} in war.");
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
    private void WriteWars(Simulation simulation)
    {
        var interstate = simulation.War.Wars.Wars.Count(w => w.MergedInto < 0 && w.Participants.Count > 0);
        var civil = simulation.CivilWar.Conflicts;
        if (interstate == 0 && civil.Count == 0)
        {
            return;
        }

        var events = simulation.Recorder.Events;
        var inv = CultureInfo.InvariantCulture;
        console.WriteLine(string.Create(inv,
            $"Wars: {interstate} interstate; {civil.Count} civil ({civil.Count(c => c.IsOngoing)} going on at the end, {civil.Count(c => c.Outcome == Conflict.CivilWarOutcome.Secession)} ended in secession), {civil.Sum(c => c.BattleDeaths):N0} battle deaths and {civil.Sum(c => c.GovernmentKillings + c.RebelKillings):N0} civilians killed in them, {civil.Count(c => c.Arms > 0)} armed from outside; {events.Count(e => e.Type == "mass_atrocity")} mass atrocities."));
    }

    /// <summary>One line on the United Nations, treaties and transnational threats, when there was anything.</summary>
    private void WriteInstitutions(Simulation simulation)
    {
        var events = simulation.Recorder.Events;
        int Count(string type) => events.Count(e => e.Type == type);
        var drafts = Count("un_draft");
        var attacks = simulation.Threats.Attacks;
        var treaties = Count("treaty_signed");
        if (drafts == 0 && attacks.Count == 0 && treaties == 0)
        {
            return;
        }

        var carried = attacks.Where(a => !a.Interdicted).ToList();
        var notices = 0L;
        foreach (var n in simulation.Threats.Interpol.NoticesSent)
        {
            notices += n;
        }

        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"United Nations: {drafts} drafts, {Count("un_resolution")} resolutions, {Count("un_veto")} vetoes, {simulation.UnitedNations.SovereigntyOverrides} overrides of sovereignty. Treaties: {treaties} signed, {Count("treaty_broken")} broken. Terror: {carried.Count:N0} attacks carried out ({carried.Sum(a => a.Deaths):N0} killed), {attacks.Count - carried.Count:N0} foiled; {notices:N0} Interpol notices."));
    }

    private void Summary(Simulation simulation, RunFolder folder, TimeSpan elapsed, TimeSpan writing, int ticks)
    {
        var world = simulation.Recorder.WorldSeries;
        var last = world.RowCount - 1;
        var table = new Table().Border(TableBorder.Rounded).Title($"{simulation.Scenario.Name}: {simulation.Scenario.Years} years, seed {simulation.Scenario.Seed}");
        table.AddColumn("world");
        table.AddColumn(new TableColumn($"{world["year"].Ints[0]}").RightAligned());
        table.AddColumn(new TableColumn($"{world["year"].Ints[last]}").RightAligned());
        void Row(string label, string column, string format, double scale = 1)
        {
            var c = world[column];
            double At(int i) => c.Kind switch
            {
                Metrics.ColumnKind.Long => c.Longs[i],
                Metrics.ColumnKind.Int => c.Ints[i],
                _ => c.Doubles[i],
            };
            table.AddRow(label, (At(0) * scale).ToString(format, CultureInfo.InvariantCulture), (At(last) * scale).ToString(format, CultureInfo.InvariantCulture));
        }

        Row("states", "states_alive", "N0");
        Row("population (millions)", "population", "N0", 1e-6);
        Row("income per capita ($)", "income_per_capita", "N0");
        Row("life expectancy (years)", "life_expectancy", "F1");
        Row("food secure (%)", "food_security", "F1", 100);
        Row("violent deaths per 100k", "violent_death_rate", "F2");
        Row("freedom from want", "freedom_from_want", "F3");
        Row("freedom from fear", "freedom_from_fear", "F3");
        Row("displaced (%)", "displaced_share", "F2", 100);
        Row("human security index", "hsi", "F3");
        console.Write(table);
        WriteBlocs(simulation);
        WriteWars(simulation);
        WriteInstitutions(simulation);
        var speed = elapsed.TotalSeconds > 0 ? ticks / 12.0 / elapsed.TotalSeconds : 0;
        console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{ticks / 12.0:F0} years simulated in {elapsed.TotalSeconds:F1} s ({speed:F1} years/s, {simulation.World.Regions.Count} regions, {simulation.Threads} threads); files written in {writing.TotalSeconds:F1} s."));
        console.WriteLine($"Run folder: {folder.Path}");
        console.WriteLine($"  {string.Join(", ", RunFolder.DataFiles)}, {RunFolder.ManifestFile}");
    }
}

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Spectre.Console;
using Westphalia.Doctrines;
using Westphalia.Scenarios;
using Westphalia.Validation;
using ValidationResult = Westphalia.Validation.ValidationResult;

namespace Westphalia.Cli;

/// <summary>The <c>westphalia</c> command: parsing, dispatch and the mapping of failures to exit codes.</summary>
public static class Cli
{
    public static async Task<int> MainAsync(string[] args, IAnsiConsole console, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(error);
        using var interruption = new Interruption();
        try
        {
            var root = Build(console, interruption);
            var parse = root.Parse(args);
            if (parse.Errors.Count > 0)
            {
                foreach (var e in parse.Errors)
                {
                    await error.WriteLineAsync($"westphalia: {e.Message}").ConfigureAwait(false);
                }

                await error.WriteLineAsync("Try 'westphalia --help'.").ConfigureAwait(false);
                return ExitCodes.BadInput;
            }

            // The library's own signal handling force-exits after a grace period; signals are handled in Interruption.
            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null }).ConfigureAwait(false);
        }
        catch (ScenarioException e)
        {
            foreach (var problem in e.Errors)
            {
                await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            return ExitCodes.BadInput;
        }
        catch (UserError e)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
        catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
        {
            await error.WriteLineAsync($"{interruption.SignalName}: stopped; nothing was left half-written.").ConfigureAwait(false);
            return interruption.ExitCode;
        }
        catch (Exception e) when (IoErrors.IsIo(e))
        {
            await error.WriteLineAsync($"error: {IoErrors.Describe(e)}").ConfigureAwait(false);
            return ExitCodes.BadInput;
        }
#pragma warning disable CA1031 // The last line of defence: a message, never a stack trace.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await error.WriteLineAsync($"internal error: {e.GetType().Name}: {e.Message}").ConfigureAwait(false);
            await error.WriteLineAsync("Please report it with the command you ran and the scenario file.").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
    }

    private static RootCommand Build(IAnsiConsole console, Interruption interruption)
    {
        var root = new RootCommand("Westphalia: a simulator of the international security system.");
        root.Add(RunCommand(console, interruption));
        root.Add(ResumeCommand(console, interruption));
        root.Add(ScenarioCommand(console));
        root.Add(ValidateCommand(console, interruption.Token));
        root.Add(CompareCommand.Build(console, interruption));
        root.Add(ExperimentCommand.Build(console, interruption));
        root.Add(SweepCommand.Build(console, interruption));
        root.Add(MergeCommand.Build(console, interruption));
        root.Add(ReportCommand.Build(console));
        root.Add(MapCommand.Build(console));
        root.Add(SensitivityCommand.Build(console, interruption));
        root.Add(CalibrateCommand.Build(console, interruption));
        root.Add(ServeCommand.Build(console, interruption));
        return root;
    }

    internal static Option<int> ThreadsOption() => new("--threads")
    {
        Description = "Worker threads (results do not depend on it).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        CustomParser = r => WholeNumber(r, 1, 1024, "--threads", "from 1 to 1024"),
    };

    /// <summary>Parses an option's whole number, with a message in the user's words when it is not one or out of range.</summary>
    internal static int WholeNumber(System.CommandLine.Parsing.ArgumentResult result, int minimum, int maximum, string option, string allowed)
    {
        var text = result.Tokens.Count > 0 ? result.Tokens[^1].Value : "";
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum)
        {
            return value;
        }

        result.AddError($"{option} {Quote(text)}: give a whole number {allowed}");
        return minimum;
    }

    /// <summary>Refuses an argument that looks like an option: an unknown option is a typing mistake, not a file or a name.</summary>
    internal static void NotAnOption(System.CommandLine.Parsing.ArgumentResult result)
    {
        foreach (var token in result.Tokens)
        {
            if (token.Value.StartsWith('-') && token.Value.Length > 1)
            {
                result.AddError($"unknown option '{Quote(token.Value)}'");
            }
        }
    }

    internal static string Quote(string text) => ScenarioLoader.Shorten(text);

    internal static Option<string[]> PluginOption() => new("--plugin")
    {
        Description = "Load doctrines from a plug-in assembly (repeatable; docs/PLUGINS.md).",
        AllowMultipleArgumentsPerToken = false,
    };

    internal static Option<bool> NoReportOption() => new("--no-report") { Description = "Do not write the report (report.html and charts/); 'westphalia report DIR' writes it later." };

    internal static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    private static Command RunCommand(IAnsiConsole console, Interruption interruption)
    {
        var scenarioArgument = new Argument<string>("SCENARIO")
        {
            Description = "A built-in scenario name or a scenario file (default: the built-in 'world', today's states on the real map).",
            DefaultValueFactory = _ => ScenarioCatalog.RunDefaultName,
            Validators = { NotAnOption },
        };
        var seed = new Option<ulong?>("--seed")
        {
            Description = "Seed of the random generator (overrides the scenario's).",
            CustomParser = r =>
            {
                var text = r.Tokens.Count > 0 ? r.Tokens[^1].Value : "";
                if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }

                r.AddError($"--seed {Quote(text)}: give a whole number from 0 to {ulong.MaxValue.ToString(CultureInfo.InvariantCulture)}");
                return null;
            },
        };
        var years = new Option<int?>("--years")
        {
            Description = "Length of the run in years (overrides the scenario's).",
            CustomParser = r => WholeNumber(r, 1, 9999, "--years", "from 1 to 9999"),
        };
        var output = new Option<string?>("--out") { Description = "Run folder to create (default: runs/NAME-seedSEED, numbered -2, -3, ... when taken)." };
        var threads = ThreadsOption();
        var quiet = QuietOption();
        var set = new Option<string[]>("--set")
        {
            Description = "Override a scenario field: --set path.to.field=value (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var plugins = PluginOption();
        var orders = new Option<string[]>("--orders")
        {
            Description = "Govern a state by a file of orders (repeatable): a YAML mapping of state, name, fallback and orders (docs/ODD.md §7.1).",
            AllowMultipleArgumentsPerToken = false,
        };
        var checkpointEvery = new Option<int>("--checkpoint-every")
        {
            Description = "Write a checkpoint every N simulated years (0: only when stopped by a signal).",
            CustomParser = r => WholeNumber(r, 0, 9999, "--checkpoint-every", "of years from 0 to 9999"),
        };
        var noReport = NoReportOption();
        var command = new Command("run", "Run a scenario and write a run folder, with its report.")
        {
            scenarioArgument, seed, years, output, threads, quiet, set, orders, plugins, checkpointEvery, noReport,
        };
        command.SetAction(async parse =>
        {
            var overrides = new List<ScenarioOverride>((parse.GetValue(set) ?? []).Select(ScenarioOverride.Set));
            if (parse.GetValue(seed) is { } s)
            {
                var text = s.ToString(CultureInfo.InvariantCulture);
                overrides.Add(new ScenarioOverride($"seed={text}", $"--seed {text}"));
            }

            if (parse.GetValue(years) is { } y)
            {
                var text = y.ToString(CultureInfo.InvariantCulture);
                overrides.Add(new ScenarioOverride($"years={text}", $"--years {text}"));
            }

            var quietValue = parse.GetValue(quiet);
            var loaded = Plugins.Load(parse.GetValue(plugins) ?? []);
            var additions = (parse.GetValue(orders) ?? []).Select(file => ScenarioAddition.Orders(file)).ToList();
            var scenario = ScenarioLoader.Load(parse.GetValue(scenarioArgument)!, overrides, additions);
            // The simulation first: nothing is written for a run that cannot start.
            var simulation = new Simulation(scenario, parse.GetValue(threads));
            interruption.Token.ThrowIfCancellationRequested();
            using var folder = parse.GetValue(output) is { } requested
                ? RunFolder.Create(requested)
                : RunFolder.CreateFresh(Path.Combine("runs", $"{scenario.Name}-seed{scenario.Seed.ToString(CultureInfo.InvariantCulture)}"));
            var options = new RunOptions(parse.GetValue(checkpointEvery)) { Plugins = loaded };
            folder.WriteStart(scenario, options);
            if (!quietValue)
            {
                console.WriteLine($"Run folder: {folder.Path}");
            }

            return await new Runner(console, quietValue) { Report = !parse.GetValue(noReport) }.RunAsync(simulation, folder, options.CheckpointEveryYears, interruption).ConfigureAwait(false);
        });
        return command;
    }

    private static Command ResumeCommand(IAnsiConsole console, Interruption interruption)
    {
        var runDir = new Argument<string>("RUN_DIR") { Description = "The folder of an unfinished run.", Validators = { NotAnOption } };
        var threads = ThreadsOption();
        var quiet = QuietOption();
        var noReport = NoReportOption();
        var command = new Command("resume", "Continue an unfinished run from its last checkpoint.") { runDir, threads, quiet, noReport };
        command.SetAction(async parse =>
        {
            using var folder = RunFolder.Open(parse.GetValue(runDir)!);
            if (folder.IsComplete)
            {
                console.WriteLine($"{folder.Path}: the run is already complete.");
                return ExitCodes.Success;
            }

            var options = folder.ReadOptions();
            foreach (var plugin in options.Plugins)
            {
                Plugins.Load(plugin.Path, plugin.Sha256);
            }

            var scenario = ScenarioLoader.LoadFile(folder[RunFolder.ScenarioFile]);
            var simulation = new Simulation(scenario, parse.GetValue(threads));
            if (Directory.Exists(folder[RunFolder.CheckpointFile]))
            {
                throw new UserError($"{folder[RunFolder.CheckpointFile]}: a folder, not a checkpoint; remove it to start the run again from its first month");
            }

            if (File.Exists(folder[RunFolder.CheckpointFile]))
            {
                try
                {
                    using var stream = File.OpenRead(folder[RunFolder.CheckpointFile]);
                    simulation.Restore(stream);
                }
                catch (InvalidDataException e)
                {
                    throw new UserError($"{folder[RunFolder.CheckpointFile]}: {e.Message}; it cannot be resumed (remove it to start the run again from its first month)");
                }
                catch (Exception e) when (IoErrors.IsIo(e))
                {
                    throw new UserError($"{folder[RunFolder.CheckpointFile]}: cannot be read ({IoErrors.Describe(e)})");
                }
            }

            var quietValue = parse.GetValue(quiet);
            if (!quietValue)
            {
                console.WriteLine($"Resuming {scenario.Name} at tick {simulation.Tick} of {scenario.Ticks}.");
            }

            return await new Runner(console, quietValue) { Report = !parse.GetValue(noReport) }.RunAsync(simulation, folder, options.CheckpointEveryYears, interruption).ConfigureAwait(false);
        });
        return command;
    }

    private static Command ScenarioCommand(IAnsiConsole console)
    {
        var list = new Command("list", "List the built-in scenarios.");
        list.SetAction(_ =>
        {
            var table = new Spectre.Console.Table().Border(TableBorder.Simple).AddColumn("name").AddColumn("description");
            foreach (var name in ScenarioCatalog.Names)
            {
                table.AddRow(Markup.Escape(name), Markup.Escape(ScenarioLoader.Load(name).Description));
            }

            console.Write(table);
            return ExitCodes.Success;
        });

        var showName = new Argument<string>("NAME") { Description = "A built-in scenario name or a scenario file.", Validators = { NotAnOption } };
        var showSet = new Option<string[]>("--set") { Description = "Override a field before printing." };
        var showPlugins = PluginOption();
        var show = new Command("show", "Print a scenario with every default filled in, ready to copy and edit.") { showName, showSet, showPlugins };
        show.SetAction(parse =>
        {
            Plugins.Load(parse.GetValue(showPlugins) ?? []);
            var scenario = ScenarioLoader.Load(parse.GetValue(showName)!, parse.GetValue(showSet) ?? []);
            Console.Out.Write(ScenarioWriter.ToYaml(scenario));
            return ExitCodes.Success;
        });

        var file = new Argument<string>("FILE") { Description = "Scenario file to check.", Validators = { NotAnOption } };
        var validateSet = new Option<string[]>("--set") { Description = "Override a field before checking." };
        var validatePlugins = PluginOption();
        var validateOrders = new Option<string[]>("--orders") { Description = "Files of orders to check with the scenario (repeatable)." };
        var validate = new Command("validate", "Check a scenario file and report every problem.") { file, validateSet, validatePlugins, validateOrders };
        validate.SetAction(parse =>
        {
            Plugins.Load(parse.GetValue(validatePlugins) ?? []);
            var additions = (parse.GetValue(validateOrders) ?? []).Select(f => ScenarioAddition.Orders(f)).ToList();
            var scenario = ScenarioLoader.Load(parse.GetValue(file)!, [.. (parse.GetValue(validateSet) ?? []).Select(ScenarioOverride.Set)], additions);
            var imports = scenario.World.Imports.Count;
            if (imports > 0)
            {
                // The imported files are read and checked by building the initial world.
                _ = WorldFactory.Create(scenario);
            }

            var read = imports == 0 ? "" : imports == 1 ? ", 1 file imported" : $", {imports} files imported";
            console.WriteLine($"{parse.GetValue(file)}: valid ({scenario.Name}, {scenario.Years} years{read}).");
            return ExitCodes.Success;
        });

        return new Command("scenario", "List, show and validate scenarios.") { list, show, validate };
    }

    private static Command ValidateCommand(IAnsiConsole console, CancellationToken cancellation)
    {
        var target = new Argument<string>("NAME")
        {
            Description = "A validation target, 'validation' or 'calibration' (one group), or 'all'.",
            DefaultValueFactory = _ => "all",
            Validators = { NotAnOption },
        };
        var json = new Option<string?>("--json") { Description = "Also write the results as JSON to this file." };
        var threads = ThreadsOption();
        var command = new Command("validate", "Check the model against published results.") { target, json, threads };
        command.SetAction(parse =>
        {
            var name = parse.GetValue(target)!;
            IReadOnlyList<IValidationTarget> targets;
            if (name == "all")
            {
                targets = ValidationCatalog.Targets;
            }
            else if (name is "validation" or "calibration")
            {
                // One group: the targets whose figures are all of that kind.
                var kind = name == "validation" ? TargetKind.Validation : TargetKind.Calibration;
                targets = [.. ValidationCatalog.Targets.Where(t => TargetClassification.Names.Where(n => n == t.Name || n.StartsWith(t.Name + "/", StringComparison.Ordinal)).All(n => TargetClassification.Of(n).Kind == kind))];
            }
            else
            {
                targets = ValidationCatalog.Find(name) is { } one
                    ? [one]
                    : throw new UserError($"no validation target is named '{name}'; targets: all, validation, calibration, {string.Join(", ", ValidationCatalog.Targets.Select(t => t.Name))}");
            }

            // Before minutes of validation, not after: the JSON file must be writable.
            if (parse.GetValue(json) is { } jsonPath)
            {
                try
                {
                    AtomicFile.CheckWritable(jsonPath);
                }
                catch (Exception e) when (IoErrors.IsIo(e) || e is ArgumentException)
                {
                    throw new UserError($"--json {ScenarioLoader.Shorten(jsonPath)}: cannot write ({(e is ArgumentException ? "not a usable file name" : IoErrors.Describe(e))})");
                }
            }

            var results = new List<ValidationResult>();
            foreach (var t in targets)
            {
                results.AddRange(t.Run(parse.GetValue(threads), cancellation));
            }

            // Two groups, never mixed: what nothing was tuned to, then what the model was built or set to meet.
            foreach (var (kind, title) in new[] { (TargetKind.Validation, "Validation: nothing was tuned to these (seeds from 1001)"), (TargetKind.Calibration, "Calibration: a parameter was set to meet these, or they follow from a rule; they show nothing about the world") })
            {
                var group = results.Where(r => r.Kind == kind).ToList();
                if (group.Count == 0)
                {
                    continue;
                }

                var table = new Spectre.Console.Table().Border(TableBorder.Rounded).Title(Markup.Escape(title))
                    .AddColumn("target").AddColumn("measured").AddColumn("published").AddColumn("holds").AddColumn("detail");
                foreach (var result in group)
                {
                    table.AddRow(
                        Markup.Escape(result.Name),
                        result.Measured.ToString("G4", CultureInfo.InvariantCulture),
                        Markup.Escape(result.Published),
                        result.Holds ? "[green]yes[/]" : "[red]no[/]",
                        Markup.Escape(kind == TargetKind.Calibration ? $"{result.Detail}. Calibrated: {result.Basis}" : result.Detail));
                }

                console.Write(table);
            }

            if (parse.GetValue(json) is { } path)
            {
                var array = new JsonArray();
                foreach (var r in results)
                {
                    array.Add(new JsonObject
                    {
                        ["name"] = r.Name,
                        ["kind"] = r.Kind == TargetKind.Validation ? "validation" : "calibration",
                        ["measured"] = double.IsFinite(r.Measured) ? r.Measured : null,
                        ["published"] = r.Published,
                        ["holds"] = r.Holds,
                        ["detail"] = r.Detail,
                        ["basis"] = r.Basis,
                    });
                }

                try
                {
                    AtomicFile.WriteText(path, array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new UserError($"--json {path}: cannot write ({IoErrors.Describe(e)})");
                }
            }

            return results.All(r => r.Holds) ? ExitCodes.Success : ExitCodes.TargetsNotMet;
        });
        return command;
    }
}

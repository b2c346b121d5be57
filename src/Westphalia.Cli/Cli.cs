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
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            var root = Build(console, cancellation.Token);
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

            return await parse.InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false }).ConfigureAwait(false);
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
        catch (OperationCanceledException)
        {
            await error.WriteLineAsync("Interrupted.").ConfigureAwait(false);
            return ExitCodes.Interrupted;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await error.WriteLineAsync($"error: {e.Message}").ConfigureAwait(false);
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
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static RootCommand Build(IAnsiConsole console, CancellationToken cancellation)
    {
        var root = new RootCommand("Westphalia: a simulator of the international security system.");
        root.Add(RunCommand(console, cancellation));
        root.Add(ResumeCommand(console, cancellation));
        root.Add(ScenarioCommand(console));
        root.Add(ValidateCommand(console, cancellation));
        return root;
    }

    private static Option<int> ThreadsOption() => new("--threads")
    {
        Description = "Worker threads (results do not depend on it).",
        DefaultValueFactory = _ => Environment.ProcessorCount,
        Validators = { r => AtLeast(r, 1, "--threads must be at least 1") },
    };

    /// <summary>Adds an error when an option's integer value is below a minimum (values that do not parse are reported by the parser).</summary>
    private static void AtLeast(System.CommandLine.Parsing.OptionResult result, int minimum, string message)
    {
        if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) && value < minimum)
        {
            result.AddError(message);
        }
    }

    private static Option<bool> QuietOption() => new("--quiet", "-q") { Description = "Print nothing but errors." };

    private static Command RunCommand(IAnsiConsole console, CancellationToken cancellation)
    {
        var scenarioArgument = new Argument<string>("SCENARIO")
        {
            Description = "A built-in scenario name or a scenario file (default: the built-in 'default').",
            DefaultValueFactory = _ => ScenarioCatalog.DefaultName,
        };
        var seed = new Option<ulong?>("--seed") { Description = "Seed of the random generator (overrides the scenario's)." };
        var years = new Option<int?>("--years") { Description = "Length of the run in years (overrides the scenario's)." };
        var output = new Option<string?>("--out") { Description = "Run folder to create (default: runs/NAME-seedSEED)." };
        var threads = ThreadsOption();
        var quiet = QuietOption();
        var set = new Option<string[]>("--set")
        {
            Description = "Override a scenario field: --set path.to.field=value (repeatable).",
            AllowMultipleArgumentsPerToken = false,
        };
        var checkpointEvery = new Option<int>("--checkpoint-every")
        {
            Description = "Write a checkpoint every N simulated years (0: never).",
            Validators = { r => AtLeast(r, 0, "--checkpoint-every must be 0 or more years") },
        };
        var command = new Command("run", "Run a scenario and write a run folder.")
        {
            scenarioArgument, seed, years, output, threads, quiet, set, checkpointEvery,
        };
        command.SetAction(async parse =>
        {
            var overrides = new List<string>(parse.GetValue(set) ?? []);
            if (parse.GetValue(seed) is { } s)
            {
                overrides.Add($"seed={s.ToString(CultureInfo.InvariantCulture)}");
            }

            if (parse.GetValue(years) is { } y)
            {
                overrides.Add($"years={y.ToString(CultureInfo.InvariantCulture)}");
            }

            var scenario = ScenarioLoader.Load(parse.GetValue(scenarioArgument)!, overrides);
            // The simulation first: a scenario it refuses (an unknown state in the script) leaves no folder behind.
            var simulation = new Simulation(scenario, parse.GetValue(threads));
            var folder = RunFolder.Create(parse.GetValue(output) ?? Path.Combine("runs", $"{scenario.Name}-seed{scenario.Seed}"));
            var options = new RunOptions(parse.GetValue(checkpointEvery));
            folder.WriteStart(scenario, options);
            return await new Runner(console, parse.GetValue(quiet)).RunAsync(simulation, folder, options.CheckpointEveryYears, cancellation).ConfigureAwait(false);
        });
        return command;
    }

    private static Command ResumeCommand(IAnsiConsole console, CancellationToken cancellation)
    {
        var runDir = new Argument<string>("RUN_DIR") { Description = "The folder of an unfinished run." };
        var threads = ThreadsOption();
        var quiet = QuietOption();
        var command = new Command("resume", "Continue an unfinished run from its last checkpoint.") { runDir, threads, quiet };
        command.SetAction(async parse =>
        {
            var folder = RunFolder.Open(parse.GetValue(runDir)!);
            if (folder.IsComplete)
            {
                console.WriteLine($"{folder.Path}: the run is already complete.");
                return ExitCodes.Success;
            }

            var scenario = ScenarioLoader.LoadFile(folder[RunFolder.ScenarioFile]);
            var options = folder.ReadOptions();
            var simulation = new Simulation(scenario, parse.GetValue(threads));
            if (File.Exists(folder[RunFolder.CheckpointFile]))
            {
                try
                {
                    using var stream = File.OpenRead(folder[RunFolder.CheckpointFile]);
                    simulation.Restore(stream);
                }
                catch (InvalidDataException e)
                {
                    throw new UserError($"{folder[RunFolder.CheckpointFile]}: {e.Message}");
                }
            }

            var quietValue = parse.GetValue(quiet);
            if (!quietValue)
            {
                console.WriteLine($"Resuming {scenario.Name} at tick {simulation.Tick} of {scenario.Ticks}.");
            }

            return await new Runner(console, quietValue).RunAsync(simulation, folder, options.CheckpointEveryYears, cancellation).ConfigureAwait(false);
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

        var showName = new Argument<string>("NAME") { Description = "A built-in scenario name or a scenario file." };
        var showSet = new Option<string[]>("--set") { Description = "Override a field before printing." };
        var show = new Command("show", "Print a scenario with every default filled in, ready to copy and edit.") { showName, showSet };
        show.SetAction(parse =>
        {
            var scenario = ScenarioLoader.Load(parse.GetValue(showName)!, parse.GetValue(showSet) ?? []);
            Console.Out.Write(ScenarioWriter.ToYaml(scenario));
            return ExitCodes.Success;
        });

        var file = new Argument<string>("FILE") { Description = "Scenario file to check." };
        var validateSet = new Option<string[]>("--set") { Description = "Override a field before checking." };
        var validate = new Command("validate", "Check a scenario file and report every problem.") { file, validateSet };
        validate.SetAction(parse =>
        {
            var scenario = ScenarioLoader.Load(parse.GetValue(file)!, parse.GetValue(validateSet) ?? []);
            console.WriteLine($"{parse.GetValue(file)}: valid ({scenario.Name}, {scenario.Years} years).");
            return ExitCodes.Success;
        });

        return new Command("scenario", "List, show and validate scenarios.") { list, show, validate };
    }

    private static Command ValidateCommand(IAnsiConsole console, CancellationToken cancellation)
    {
        var target = new Argument<string>("NAME")
        {
            Description = "A validation target, or 'all'.",
            DefaultValueFactory = _ => "all",
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
            else
            {
                targets = ValidationCatalog.Find(name) is { } one
                    ? [one]
                    : throw new UserError($"no validation target is named '{name}'; targets: all, {string.Join(", ", ValidationCatalog.Targets.Select(t => t.Name))}");
            }

            var results = new List<ValidationResult>();
            var table = new Spectre.Console.Table().Border(TableBorder.Rounded).AddColumn("target").AddColumn("measured").AddColumn("published").AddColumn("holds").AddColumn("detail");
            foreach (var t in targets)
            {
                foreach (var result in t.Run(parse.GetValue(threads), cancellation))
                {
                    results.Add(result);
                    table.AddRow(
                        Markup.Escape(result.Name),
                        result.Measured.ToString("G4", CultureInfo.InvariantCulture),
                        Markup.Escape(result.Published),
                        result.Holds ? "[green]yes[/]" : "[red]no[/]",
                        Markup.Escape(result.Detail));
                }
            }

            console.Write(table);
            if (parse.GetValue(json) is { } path)
            {
                var array = new JsonArray();
                foreach (var r in results)
                {
                    array.Add(new JsonObject { ["name"] = r.Name, ["measured"] = r.Measured, ["published"] = r.Published, ["holds"] = r.Holds });
                }

                try
                {
                    AtomicFile.WriteText(path, array.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new UserError($"--json {path}: cannot write ({e.Message})");
                }
            }

            return results.All(r => r.Holds) ? ExitCodes.Success : ExitCodes.TargetsNotMet;
        });
        return command;
    }
}

using System.CommandLine;
using Spectre.Console;
using Westphalia.Cli;
using Westphalia.Scenarios;

return await Cli.MainAsync(args, AnsiConsole.Console, Console.Error).ConfigureAwait(false);

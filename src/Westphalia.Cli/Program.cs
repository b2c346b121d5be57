using Spectre.Console;
using Westphalia.Cli;

var console = AnsiConsole.Console;
if (Console.IsOutputRedirected)
{
    // Logs and pipes have no width of their own; keep tables on one line per row.
    console.Profile.Width = 160;
}

return await Cli.MainAsync(args, console, Console.Error).ConfigureAwait(false);

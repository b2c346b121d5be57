using Spectre.Console;

namespace Westphalia.Tests.Cli;

/// <summary>Runs the <c>westphalia</c> command in-process and captures what it prints.</summary>
internal static class CliHarness
{
    public static (int Code, string Out, string Err) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.No,
            ColorSystem = ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        var code = Westphalia.Cli.Cli.MainAsync(args, console, error).GetAwaiter().GetResult();
        return (code, output.ToString(), error.ToString());
    }

    /// <summary>Where the built command lives, to run it as a separate process.</summary>
    public static string CommandPath => typeof(Westphalia.Cli.Cli).Assembly.Location;
}

namespace Westphalia.Cli;

/// <summary>The exit codes of the <c>westphalia</c> command (README, "Exit codes").</summary>
public static class ExitCodes
{
    /// <summary>Finished as asked.</summary>
    public const int Success = 0;

    /// <summary>Validation ran, and at least one target does not hold.</summary>
    public const int TargetsNotMet = 1;

    /// <summary>Bad input: command-line arguments, scenario files, run folders.</summary>
    public const int BadInput = 2;

    /// <summary>An unexpected failure inside the program.</summary>
    public const int InternalError = 3;

    /// <summary>Stopped by SIGHUP (128 + 1); a checkpoint was written when a run had begun.</summary>
    public const int HungUp = 129;

    /// <summary>Interrupted by SIGINT, Ctrl-C (128 + 2); a checkpoint was written when a run had begun.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM (128 + 15); a checkpoint was written when a run had begun.</summary>
    public const int Terminated = 143;
}

namespace Westphalia.Cli;

/// <summary>A problem with what the user asked for, reported as one message and exit code 2.</summary>
public sealed class UserError : Exception
{
    public UserError(string message)
        : base(message)
    {
    }

    public UserError()
    {
    }

    public UserError(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}

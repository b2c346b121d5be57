namespace Westphalia.Screenshots;

/// <summary>No Chromium to launch; the message says what to install.</summary>
public sealed class ChromiumNotFoundException : Exception
{
    private const string Advice =
        " Install Debian's chromium package (apt-get install chromium; bash test/run.sh does it), or set "
        + Chromium.EnvironmentVariable + " to a Chromium executable.";

    public ChromiumNotFoundException(string message)
        : base(message + Advice)
    {
    }

    public ChromiumNotFoundException()
        : base("Chromium was not found." + Advice)
    {
    }

    public ChromiumNotFoundException(string message, Exception innerException)
        : base(message + Advice, innerException)
    {
    }
}

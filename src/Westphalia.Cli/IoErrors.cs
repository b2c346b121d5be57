namespace Westphalia.Cli;

/// <summary>
/// Says in the user's words why a file could not be read or written. On Linux and macOS the runtime keeps the
/// system's error number in <see cref="Exception.HResult"/> of an <see cref="IOException"/>.
/// </summary>
internal static class IoErrors
{
    /// <summary>EWOULDBLOCK: a lock another process holds (FileShare.None takes an exclusive lock on Unix).</summary>
    public const int WouldBlock = 11;

    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;
    private const int QuotaExceeded = 122;
    private const int NameTooLong = 36;

    public static string Describe(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        PathTooLongException => "the name is too long",
        IOException { HResult: NoSpace } => "no space left on the device",
        IOException { HResult: QuotaExceeded } => "the disk quota is used up",
        IOException { HResult: ReadOnlyFileSystem } => "the file system is read-only",
        IOException { HResult: NameTooLong } => "the name is too long",
        DirectoryNotFoundException => "a folder on the way does not exist",
        FileNotFoundException => "no such file",
        _ => Plain(e.Message),
    };

    /// <summary>Whether the exception is one a full, read-only or forbidden place gives, rather than a fault of the program.</summary>
    public static bool IsIo(Exception e) => e is IOException or UnauthorizedAccessException;

    /// <summary>The runtime's message without the path it quotes (the caller names the file itself).</summary>
    private static string Plain(string message)
    {
        var quote = message.IndexOf(" : '", StringComparison.Ordinal);
        var text = quote > 0 ? message[..quote] : message;
        return text.TrimEnd('.').ToLowerInvariant() is { Length: > 0 } t ? char.ToLowerInvariant(t[0]) + text.TrimEnd('.')[1..] : "an input/output error";
    }
}

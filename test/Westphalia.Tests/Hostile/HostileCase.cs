namespace Westphalia.Tests.Hostile;

/// <summary>
/// One hostile input: what to put in a fresh folder, the command line to run there, what the message must say
/// (a regular expression naming the file and line, or the argument), and any environment the case needs.
/// </summary>
internal sealed record HostileCase(string Name, string[] Args, string Expect, Action<string>? Setup = null, IReadOnlyDictionary<string, string>? Environment = null)
{
    public override string ToString() => Name;
}

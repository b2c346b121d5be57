namespace Westphalia.Observers;

/// <summary>
/// Marks an <see cref="Observer"/> as an output of every run: its position among the outputs (observers run, and their
/// files are written and listed in the manifest, in that order) and the files it writes in the run folder.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class OutputAttribute(int position, params string[] files) : Attribute
{
    public int Position { get; } = position;

    public IReadOnlyList<string> Files { get; } = files;

    /// <summary>Whether only some runs write the files (the observer's <see cref="Observer.Writes"/> says which).</summary>
    public bool Optional { get; init; }
}

namespace Westphalia.Laboratory;

/// <summary>
/// One arm of a comparison: a name and the scenario changes that make it, in the <c>--set</c> syntax (for a paradigm,
/// every state under one doctrine). Every arm runs on the same seeds, so arms differ only by their changes.
/// </summary>
public sealed record Arm(string Name, IReadOnlyList<string> Overrides)
{
    /// <summary>The four paradigms of the seeds, every state under one doctrine: the default arms of <c>compare</c>.</summary>
    public static IReadOnlyList<Arm> Paradigms { get; } =
        [Paradigm("realist"), Paradigm("human-security"), Paradigm("human-development"), Paradigm("collective-security")];

    /// <summary>Every state under <paramref name="doctrine"/>, whatever the scenario assigned.</summary>
    public static Arm Paradigm(string doctrine) => new(doctrine, [$"doctrines.default={doctrine}", "doctrines.assignments={}"]);
}

using System.Reflection;
using Westphalia.Mechanisms;

namespace Westphalia;

/// <summary>
/// One row of the schedule: a mechanism, its group (<c>domestic</c> or <c>–</c>), the scenario switches that turn it
/// on (empty: always on) and whether they are on in this run.
/// </summary>
public sealed record Phase(IMechanism Mechanism, string Group, IReadOnlyList<string> Switches, bool On)
{
    public string Name => Mechanism.Name;

    /// <summary>The steps the mechanism has, as docs/ODD.md §3.1 lists them: <c>initialise</c>, <c>begin</c>, <c>January</c>, <c>monthly</c>, <c>December</c>.</summary>
    public IReadOnlyList<string> Steps =>
        [.. new[] { ("initialise", nameof(IMechanism.Initialise)), ("begin", nameof(IMechanism.Begin)), ("January", nameof(IMechanism.January)), ("monthly", nameof(IMechanism.Step)), ("December", nameof(IMechanism.December)) }
            .Where(s => Implements(Mechanism, s.Item2))
            .Select(s => s.Item1)];

    /// <summary>Whether the mechanism's class implements a step itself (rather than keeping the interface's empty one).</summary>
    public static bool Implements(IMechanism mechanism, string step)
    {
        ArgumentNullException.ThrowIfNull(mechanism);
        return mechanism.GetType().GetMethod(step, BindingFlags.Public | BindingFlags.Instance, [typeof(TickContext).MakeByRefType()]) is not null;
    }
}

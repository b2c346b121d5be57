namespace Westphalia;

/// <summary>
/// The arms-control and confidence-building treaties in force between pairs of states (docs/ODD.md, Cooperative
/// security). A party may be secretly defecting: it no longer holds back its arms, while its partner still does.
/// </summary>
public sealed class TreatyRegistry
{
    private readonly Dictionary<long, Treaty> _byPair = [];

    /// <summary>Share by which a party keeping a treaty cuts its arms reaction to its partner (set by Cooperative security).</summary>
    public double ReactionCut { get; set; }

    /// <summary>Share by which a treaty's confidence-building measures cut crisis escalation between its parties.</summary>
    public double EscalationCut { get; set; }

    /// <summary>The treaties in force, in the order they were signed.</summary>
    public List<Treaty> InForce { get; private set; } = [];

    /// <summary>Whether a treaty binds <paramref name="a"/> and <paramref name="b"/>.</summary>
    public bool Binds(int a, int b) => _byPair.ContainsKey(Key(a, b));

    /// <summary>Whether <paramref name="state"/> keeps a treaty with <paramref name="partner"/> (one is in force and it is not defecting).</summary>
    public bool Keeps(int state, int partner) =>
        _byPair.TryGetValue(Key(state, partner), out var t) && !(t.First == state ? t.FirstDefects : t.SecondDefects);

    public Treaty Sign(int a, int b, int tick)
    {
        var treaty = new Treaty { First = Math.Min(a, b), Second = Math.Max(a, b), SignedTick = tick };
        InForce.Add(treaty);
        _byPair[Key(a, b)] = treaty;
        return treaty;
    }

    public void End(Treaty treaty)
    {
        ArgumentNullException.ThrowIfNull(treaty);
        InForce.Remove(treaty);
        _byPair.Remove(Key(treaty.First, treaty.Second));
    }

    public void Clear()
    {
        InForce.Clear();
        _byPair.Clear();
    }

    /// <summary>Takes the treaties read from a checkpoint as those in force, in their order.</summary>
    internal void Restore(List<Treaty> inForce)
    {
        InForce = inForce;
        _byPair.Clear();
        foreach (var t in inForce)
        {
            _byPair[Key(t.First, t.Second)] = t;
        }
    }

    /// <summary>The key of an unordered pair of states: the same for (a, b) and (b, a).</summary>
    public static long Key(int a, int b) => ((long)Math.Min(a, b) << 32) | (uint)Math.Max(a, b);
}

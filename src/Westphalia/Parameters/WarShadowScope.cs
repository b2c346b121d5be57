namespace Westphalia.Parameters;

/// <summary>What the war shadow applies to (docs/ODD.md §7.4.7).</summary>
public enum WarShadowScope
{
    /// <summary>The war as a whole: a member stays in its war while any member fights.</summary>
    War,

    /// <summary>Each state: a member leaves its war once its own last battle is more than the shadow old (Cederman 2003, pp. 140–141).</summary>
    State,
}

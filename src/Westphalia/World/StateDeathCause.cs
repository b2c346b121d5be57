namespace Westphalia;

/// <summary>How a state ceased to exist (Fazal 2007 distinguishes violent from non-violent state death).</summary>
public enum StateDeathCause
{
    None = 0,

    /// <summary>Its capital was taken in war (what becomes of its other regions is set by the capital-fall rule).</summary>
    Conquest = 1,
}

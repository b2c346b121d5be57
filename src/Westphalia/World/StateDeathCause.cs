namespace Westphalia;

/// <summary>How a state ceased to exist (Fazal 2007 distinguishes violent from non-violent state death).</summary>
public enum StateDeathCause
{
    None = 0,

    /// <summary>Its capital was taken in war; its remaining regions pass to the conqueror.</summary>
    Conquest = 1,
}

namespace Westphalia.Conflict;

/// <summary>
/// A side of a Lanchester battle (Lanchester 1916, <i>Aircraft in Warfare: The Dawn of the Fourth Arm</i>, London:
/// Constable, ch. V). <see cref="None"/> is a draw when predicting the winner and "no side" when asking which side
/// breaks first.
/// </summary>
public enum LanchesterSide
{
    /// <summary>Neither side: a draw (mutual annihilation, or a stalemate), or no side reaches its breakpoint.</summary>
    None = 0,

    /// <summary>The Red force R.</summary>
    Red = 1,

    /// <summary>The Blue force B.</summary>
    Blue = 2,
}

namespace Westphalia.Governments;

/// <summary>
/// A mechanism's model of how likely a course of action is, and the uniform draw in [0, 1) it reserves for the
/// decision: a government that follows the model takes the course when <see cref="Taken"/>.
/// </summary>
public readonly record struct Odds(double Probability, double Draw)
{
    /// <summary>Whether the draw falls within the probability.</summary>
    public bool Taken => Draw < Probability;
}

namespace Westphalia.Conflict;

/// <summary>
/// The outcome of advancing a Lanchester battle (Lanchester 1916) by one step: the forces left and the losses of
/// each side over the step. Losses never exceed the force a side had at the start of the step, and
/// <c>Red + RedLosses</c> is that force (likewise for Blue). In the model the losses become battle deaths.
/// </summary>
/// <param name="Red">Red's force after the step (≥ 0).</param>
/// <param name="Blue">Blue's force after the step (≥ 0).</param>
/// <param name="RedLosses">Red's losses during the step (≥ 0).</param>
/// <param name="BlueLosses">Blue's losses during the step (≥ 0).</param>
public readonly record struct LanchesterCasualties(double Red, double Blue, double RedLosses, double BlueLosses)
{
    /// <summary>Both sides' losses together.</summary>
    public double TotalLosses => RedLosses + BlueLosses;
}

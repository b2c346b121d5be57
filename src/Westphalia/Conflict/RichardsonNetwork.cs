namespace Westphalia.Conflict;

/// <summary>
/// Richardson's arms race among N states (Richardson 1960, <i>Arms and Insecurity</i>; the N-nation form in
/// Rapoport 1957, "Lewis F. Richardson's mathematical theory of war", <i>Journal of Conflict Resolution</i>
/// 1(3):249–299, §3):
/// <code>
///   dx_i/dt = Σ_j k_ij·x_j − a_i·x_i + g_i
/// </code>
/// over a sparse <see cref="RichardsonRivalMatrix"/> k_ij, with fatigue a_i and grievance g_i. The model advances it
/// with explicit Euler steps, x_i' = x_i + dt·(Σ_j k_ij·x_j − a_i·x_i + g_i), all states from the same old levels.
/// Everything runs over caller-owned spans and allocates nothing. With two states and k₀₁ = k, k₁₀ = l it is
/// exactly <see cref="RichardsonSystem.StepEuler"/>.
/// </summary>
public static class RichardsonNetwork
{
    /// <summary>Writes the rates dx_i/dt = Σ_j k_ij·x_j − a_i·x_i + g_i into <paramref name="rates"/>.</summary>
    public static void Rates(
        RichardsonRivalMatrix rivals,
        ReadOnlySpan<double> fatigue,
        ReadOnlySpan<double> grievance,
        ReadOnlySpan<double> levels,
        Span<double> rates)
    {
        Check(rivals, fatigue, grievance, levels, rates);
        for (var i = 0; i < levels.Length; i++)
        {
            rates[i] = Rate(rivals, fatigue, grievance, levels, i);
        }
    }

    /// <summary>
    /// One explicit Euler step of length dt from <paramref name="levels"/> into <paramref name="next"/> (which must
    /// not overlap it: every state reacts to its rivals' old levels). Stable when dt is below the spectral bound of
    /// the Jacobian J = K − diag(a), as for <see cref="RichardsonSystem.MaxStableEulerStep"/>; see
    /// <see cref="MaxGershgorinEulerStep"/> for a cheap sufficient bound. Levels are not clamped at zero.
    /// </summary>
    public static void EulerStep(
        RichardsonRivalMatrix rivals,
        ReadOnlySpan<double> fatigue,
        ReadOnlySpan<double> grievance,
        ReadOnlySpan<double> levels,
        double dt,
        Span<double> next)
    {
        Check(rivals, fatigue, grievance, levels, next);
        if (!double.IsFinite(dt) || dt < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "The step must be finite and non-negative.");
        }

        if (levels.Overlaps(next))
        {
            throw new ArgumentException("next must not overlap levels", nameof(next));
        }

        for (var i = 0; i < levels.Length; i++)
        {
            next[i] = levels[i] + (dt * Rate(rivals, fatigue, grievance, levels, i));
        }
    }

    /// <summary>
    /// A step below which Euler is certainly stable, by Gershgorin's theorem: if every state is diagonally dominant,
    /// r_i = Σ_j |k_ij| &lt; a_i (which also proves the continuous race stable), every eigenvalue of I + dt·J lies
    /// in a disc |z − (1 − dt·a_i)| ≤ dt·r_i inside the unit circle whenever dt &lt; 2 / max_i (a_i + r_i).
    /// Returns that bound, or 0 when some state is not diagonally dominant (Gershgorin then certifies nothing; the
    /// race may still be stable).
    /// </summary>
    public static double MaxGershgorinEulerStep(RichardsonRivalMatrix rivals, ReadOnlySpan<double> fatigue)
    {
        ArgumentNullException.ThrowIfNull(rivals);
        if (fatigue.Length != rivals.StateCount)
        {
            throw new ArgumentException("fatigue must have one entry per state", nameof(fatigue));
        }

        var widest = 0.0;
        for (var i = 0; i < fatigue.Length; i++)
        {
            var radius = 0.0;
            foreach (var w in rivals.WeightsOf(i))
            {
                radius += Math.Abs(w);
            }

            if (!(radius < fatigue[i]))
            {
                return 0;
            }

            widest = Math.Max(widest, fatigue[i] + radius);
        }

        return widest > 0 ? 2 / widest : double.PositiveInfinity;
    }

    private static double Rate(
        RichardsonRivalMatrix rivals, ReadOnlySpan<double> fatigue, ReadOnlySpan<double> grievance, ReadOnlySpan<double> levels, int i)
    {
        var reaction = 0.0;
        var js = rivals.RivalsOf(i);
        var ks = rivals.WeightsOf(i);
        for (var n = 0; n < js.Length; n++)
        {
            reaction += ks[n] * levels[js[n]];
        }

        return reaction - (fatigue[i] * levels[i]) + grievance[i];
    }

    private static void Check(
        RichardsonRivalMatrix rivals,
        ReadOnlySpan<double> fatigue,
        ReadOnlySpan<double> grievance,
        ReadOnlySpan<double> levels,
        Span<double> output)
    {
        ArgumentNullException.ThrowIfNull(rivals);
        var n = rivals.StateCount;
        if (fatigue.Length != n || grievance.Length != n || levels.Length != n || output.Length != n)
        {
            throw new ArgumentException($"fatigue, grievance, levels and the output must all have {n} entries");
        }
    }
}

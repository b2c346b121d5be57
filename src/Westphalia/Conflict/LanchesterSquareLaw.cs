namespace Westphalia.Conflict;

/// <summary>
/// Lanchester's square law of aimed fire (F. W. Lanchester 1916, <i>Aircraft in Warfare: The Dawn of the Fourth
/// Arm</i>, London: Constable, ch. V, "The principle of concentration"; in modern notation Taylor 1983,
/// <i>Lanchester Models of Warfare</i>, ORSA, vol. 1 ch. 2):
/// <code>
///   dR/dt = −β·B        dB/dt = −α·R
/// </code>
/// α (<see cref="RedEffectiveness"/>) is Red's fighting effectiveness: Blue units put out of action per Red unit per
/// unit of time; β (<see cref="BlueEffectiveness"/>) is Blue's, Red units lost per Blue unit per unit of time.
/// </summary>
/// <remarks>
/// <para>
/// <b>Invariant.</b> d/dt(α·R² − β·B²) = 2αR·(−βB) − 2βB·(−αR) = 0, so α·R² − β·B² is constant during a battle
/// (<see cref="Invariant"/>), and so is its negative β·B² − α·R², the form in the project brief. The pairing is what
/// matters: each side's effectiveness multiplies the square of its <i>own</i> force (its "fighting strength"); the
/// crossed pairing β·R² − α·B² is not conserved unless α = β.
/// </para>
/// <para>
/// <b>Winner.</b> Red wins (Blue is annihilated first) iff α·R₀² &gt; β·B₀², Blue iff α·R₀² &lt; β·B₀², and the
/// sides annihilate each other only as t → ∞ when they are equal. The winner keeps
/// √(R₀² − (β/α)·B₀²) (Red) or √(B₀² − (α/β)·R₀²) (Blue).
/// </para>
/// <para>
/// <b>Closed form</b> (γ = √(αβ)): R(t) = R₀·cosh γt − √(β/α)·B₀·sinh γt, B(t) = B₀·cosh γt − √(α/β)·R₀·sinh γt,
/// valid until the loser reaches zero, after which the battle is over and both forces stay put.
/// </para>
/// <para>
/// <b>Discrete step.</b> The model fights in steps of dt with <see cref="Step"/>: ΔR = β·B·dt, ΔB = α·R·dt from the
/// forces at the start of the step, each clamped to the force the side has. Unclamped, one step multiplies the
/// invariant by exactly 1 − αβ·dt², so over a battle of length T its relative drift is about αβ·T·dt = O(dt).
/// <see cref="StepExact"/> advances by the closed form instead and conserves it to rounding.
/// </para>
/// </remarks>
/// <param name="RedEffectiveness">α ≥ 0: Blue losses per Red unit per unit of time.</param>
/// <param name="BlueEffectiveness">β ≥ 0: Red losses per Blue unit per unit of time.</param>
public readonly record struct LanchesterSquareLaw(double RedEffectiveness, double BlueEffectiveness)
{
    private readonly double _alpha = Coefficient(RedEffectiveness, nameof(RedEffectiveness));
    private readonly double _beta = Coefficient(BlueEffectiveness, nameof(BlueEffectiveness));

    /// <summary>α: Blue losses per Red unit per unit of time.</summary>
    public double RedEffectiveness { get => _alpha; init => _alpha = Coefficient(value, nameof(RedEffectiveness)); }

    /// <summary>β: Red losses per Blue unit per unit of time.</summary>
    public double BlueEffectiveness { get => _beta; init => _beta = Coefficient(value, nameof(BlueEffectiveness)); }

    /// <summary>α·R² − β·B², conserved by the square law: positive when Red is winning, negative when Blue is.</summary>
    public double Invariant(double red, double blue) => (_alpha * red * red) - (_beta * blue * blue);

    /// <summary>The side whose fighting strength is larger: Red iff α·R² &gt; β·B², Blue iff smaller, else None.</summary>
    public LanchesterSide PredictWinner(double red, double blue)
    {
        RequireForces(red, blue);
        var redStrength = _alpha * red * red;
        var blueStrength = _beta * blue * blue;
        return redStrength > blueStrength ? LanchesterSide.Red
            : blueStrength > redStrength ? LanchesterSide.Blue
            : LanchesterSide.None;
    }

    /// <summary>
    /// The exact forces (R(t), B(t)) after fighting for t ≥ 0 (t may be +∞), by the closed form (see the remarks),
    /// evaluated as √α·R(t) = [(√α·R₀ + √β·B₀)·e^{−γt} + (√α·R₀ − √β·B₀)·e^{γt}]/2 (and likewise for B) so that
    /// it stays accurate in a long, even battle. Once the loser is annihilated the forces stop changing. When α or
    /// β is zero the law degenerates to straight lines: R(t) = max(0, R₀ − β·B₀·t), B(t) = max(0, B₀ − α·R₀·t).
    /// </summary>
    public (double Red, double Blue) Solve(double red, double blue, double t)
    {
        RequireForces(red, blue);
        if (double.IsNaN(t) || t < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(t), t, "The time must be non-negative.");
        }

        if (_alpha == 0 || _beta == 0)
        {
            var redLoss = _beta * blue == 0 ? 0 : _beta * blue * t;
            var blueLoss = _alpha * red == 0 ? 0 : _alpha * red * t;
            return (Math.Max(0, red - redLoss), Math.Max(0, blue - blueLoss));
        }

        var sa = Math.Sqrt(_alpha);
        var sb = Math.Sqrt(_beta);
        var gamma = sa * sb;
        var u0 = sa * red;
        var w0 = sb * blue;
        var plus = u0 + w0;
        var minus = u0 - w0;
        if (minus == 0)
        {
            var decay = Math.Exp(-gamma * t);
            return (red * decay, blue * decay);
        }

        if (t >= AnnihilationTime(u0, w0, gamma))
        {
            var survivor = Math.Sqrt(Math.Abs(minus) * plus);
            return minus > 0 ? (survivor / sa, 0) : (0, survivor / sb);
        }

        var down = Math.Exp(-gamma * t);
        var up = Math.Exp(gamma * t);
        var u = 0.5 * ((plus * down) + (minus * up));
        var w = 0.5 * ((plus * down) - (minus * up));
        return (Math.Max(0, u / sa), Math.Max(0, w / sb));
    }

    /// <summary>
    /// The time at which the loser is annihilated: artanh(√α·R₀ / (√β·B₀)) / γ when Blue wins,
    /// artanh(√β·B₀ / (√α·R₀)) / γ when Red wins; +∞ for a draw; 0 when a side has no force. With α or β zero the line reaches zero at
    /// R₀ / (β·B₀) (or B₀ / (α·R₀)), the earlier of the two, +∞ if neither falls.
    /// </summary>
    public double TimeToAnnihilation(double red, double blue)
    {
        RequireForces(red, blue);
        if (red == 0 || blue == 0)
        {
            return 0;
        }

        if (_alpha == 0 || _beta == 0)
        {
            return Math.Min(LinearTime(red, _beta * blue), LinearTime(blue, _alpha * red));
        }

        var sa = Math.Sqrt(_alpha);
        var sb = Math.Sqrt(_beta);
        return AnnihilationTime(sa * red, sb * blue, sa * sb);
    }

    /// <summary>
    /// The time at which Red's force first falls to <paramref name="target"/> (0 ≤ target), or +∞ if it never does
    /// (Blue is annihilated first, leaving Red above the target). See <see cref="TimeToBreakpoint"/> for the formula.
    /// </summary>
    public double TimeUntilRedFallsTo(double red, double blue, double target)
    {
        RequireForces(red, blue);
        RequireTarget(target);
        return TimeToFall(red, blue, _alpha, _beta, target);
    }

    /// <summary>The time at which Blue's force first falls to <paramref name="target"/>, or +∞ if it never does.</summary>
    public double TimeUntilBlueFallsTo(double red, double blue, double target)
    {
        RequireForces(red, blue);
        RequireTarget(target);
        return TimeToFall(blue, red, _beta, _alpha, target);
    }

    /// <summary>
    /// Which side breaks first and when, a side breaking once it has lost the fraction <c>breakpoint</c> ∈ [0, 1] of
    /// its initial force (1 means fighting to annihilation). By the invariant, when Red stands at R_T Blue stands at
    /// B_T = √(B₀² − (α/β)(R₀² − R_T²)), and the closed form gives the time
    /// t = ln[(√α·R₀ + √β·B₀) / (√α·R_T + √β·B_T)] / γ, or never if B_T² &lt; 0 (Blue is annihilated first).
    /// Ties go to Red.
    /// </summary>
    public LanchesterBreakpoint TimeToBreakpoint(double red, double blue, double redBreakpoint, double blueBreakpoint)
    {
        RequireForces(red, blue);
        RequireFraction(redBreakpoint, nameof(redBreakpoint));
        RequireFraction(blueBreakpoint, nameof(blueBreakpoint));
        var redTarget = (1 - redBreakpoint) * red;
        var blueTarget = (1 - blueBreakpoint) * blue;
        var redTime = TimeToFall(red, blue, _alpha, _beta, redTarget);
        var blueTime = TimeToFall(blue, red, _beta, _alpha, blueTarget);
        if (double.IsPositiveInfinity(redTime) && double.IsPositiveInfinity(blueTime))
        {
            var (r, b) = Solve(red, blue, double.PositiveInfinity);
            return new LanchesterBreakpoint(LanchesterSide.None, double.PositiveInfinity, r, b);
        }

        if (redTime <= blueTime)
        {
            var (_, b) = Solve(red, blue, redTime);
            return new LanchesterBreakpoint(LanchesterSide.Red, redTime, redTarget, b);
        }

        var (rr, _) = Solve(red, blue, blueTime);
        return new LanchesterBreakpoint(LanchesterSide.Blue, blueTime, rr, blueTarget);
    }

    /// <summary>
    /// One discrete step of fighting (the model's per-tick battle): ΔR = min(R, β·B·dt), ΔB = min(B, α·R·dt), both
    /// from the forces at the start of the step. The losses are returned as casualties and never exceed the forces.
    /// Unclamped, the step multiplies <see cref="Invariant"/> by exactly 1 − αβ·dt².
    /// </summary>
    public LanchesterCasualties Step(double red, double blue, double dt)
    {
        RequireForces(red, blue);
        RequireStep(dt);
        var redLoss = Math.Min(red, _beta * blue * dt);
        var blueLoss = Math.Min(blue, _alpha * red * dt);
        return new LanchesterCasualties(red - redLoss, blue - blueLoss, redLoss, blueLoss);
    }

    /// <summary>
    /// Advances the battle by dt with the exact closed form (<see cref="Solve"/>), returning the casualties: no
    /// discretisation error, the invariant conserved to rounding, and the loser stopped at exactly zero.
    /// </summary>
    public LanchesterCasualties StepExact(double red, double blue, double dt)
    {
        RequireStep(dt);
        var (r, b) = Solve(red, blue, dt);
        r = Math.Min(r, red);
        b = Math.Min(b, blue);
        return new LanchesterCasualties(r, b, red - r, blue - b);
    }

    /// <summary>Time for the (√α R, √β B) system to reach the loser's zero; +∞ for a draw.</summary>
    private static double AnnihilationTime(double u0, double w0, double gamma) =>
        u0 == w0 ? double.PositiveInfinity
        : u0 < w0 ? Math.Atanh(u0 / w0) / gamma
        : Math.Atanh(w0 / u0) / gamma;

    /// <summary>Time for <paramref name="force"/> to reach zero losing <paramref name="rate"/> per unit of time.</summary>
    private static double LinearTime(double force, double rate) =>
        force == 0 ? 0 : rate > 0 ? force / rate : double.PositiveInfinity;

    /// <summary>
    /// Time for a side with force <paramref name="own"/> and effectiveness <paramref name="ownEffect"/>, facing
    /// <paramref name="enemy"/> with <paramref name="enemyEffect"/>, to fall to <paramref name="target"/>.
    /// </summary>
    private static double TimeToFall(double own, double enemy, double ownEffect, double enemyEffect, double target)
    {
        if (target >= own)
        {
            return 0;
        }

        if (ownEffect == 0 || enemyEffect == 0)
        {
            // The enemy's force is constant (ownEffect = 0) or ours is (enemyEffect = 0).
            var rate = enemyEffect * enemy;
            return ownEffect == 0 && rate > 0 ? (own - target) / rate : double.PositiveInfinity;
        }

        var so = Math.Sqrt(ownEffect);
        var se = Math.Sqrt(enemyEffect);
        var u0 = so * own;
        var w0 = se * enemy;
        var ut = so * target;

        // W_T² = W₀² − (U₀ − U_T)(U₀ + U_T), the enemy's scaled force when ours reaches the target.
        var wt2 = (w0 * w0) - ((u0 - ut) * (u0 + ut));
        if (wt2 < 0)
        {
            return double.PositiveInfinity;
        }

        var wt = Math.Sqrt(wt2);
        if (ut + wt == 0)
        {
            return double.PositiveInfinity;
        }

        // ln[(U₀ + W₀)/(U_T + W_T)] = ln(1 + x), x = (U₀ − U_T)(1 + (U₀ + U_T)/(W₀ + W_T)) / (U_T + W_T).
        var x = (u0 - ut) * (1 + ((u0 + ut) / (w0 + wt))) / (ut + wt);
        return Log1P(x) / (so * se);
    }

    /// <summary>ln(1 + x) accurate near zero (Kahan's trick; Higham 2002, §1.14.1). .NET's LogP1 is ln(x + 1).</summary>
    private static double Log1P(double x)
    {
        var y = 1 + x;
        return y == 1 ? x : double.IsPositiveInfinity(y) ? y : Math.Log(y) * x / (y - 1);
    }

    private static void RequireForces(double red, double blue)
    {
        if (!double.IsFinite(red) || red < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(red), red, "Forces must be finite and non-negative.");
        }

        if (!double.IsFinite(blue) || blue < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(blue), blue, "Forces must be finite and non-negative.");
        }
    }

    private static void RequireTarget(double target)
    {
        if (!double.IsFinite(target) || target < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(target), target, "The target must be finite and non-negative.");
        }
    }

    private static void RequireFraction(double fraction, string name)
    {
        if (!(fraction >= 0 && fraction <= 1))
        {
            throw new ArgumentOutOfRangeException(name, fraction, "A breakpoint is a fraction in [0, 1].");
        }
    }

    private static void RequireStep(double dt)
    {
        if (!double.IsFinite(dt) || dt < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "The step must be finite and non-negative.");
        }
    }

    private static double Coefficient(double value, string name) => double.IsFinite(value) && value >= 0
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "Lanchester effectiveness must be finite and non-negative.");
}

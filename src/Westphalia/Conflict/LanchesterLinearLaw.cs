namespace Westphalia.Conflict;

/// <summary>
/// Lanchester's linear law of unaimed (area) fire (F. W. Lanchester 1916, <i>Aircraft in Warfare</i>, ch. V; Taylor
/// 1983, <i>Lanchester Models of Warfare</i>, vol. 1 §2.3):
/// <code>
///   dR/dt = −β′·R·B        dB/dt = −α′·R·B
/// </code>
/// Fire is spread over an area, so losses grow with the density of targets as well as of shooters. α′
/// (<see cref="RedEffectiveness"/>) is Red's effectiveness, β′ (<see cref="BlueEffectiveness"/>) Blue's.
/// d/dt(α′·R − β′·B) = −α′β′RB + β′α′RB = 0, so α′·R − β′·B is conserved (<see cref="Invariant"/>) and its sign
/// names the winner; the loser only approaches zero as t → ∞. Closed form, with c = α′·R₀ − β′·B₀ and
/// φ(z) = (e^z − 1)/z: R(t) = R₀ / (1 + β′·B₀·t·φ(−c·t)), B(t) = B₀ / (1 + α′·R₀·t·φ(c·t)) (logistic in t).
/// </summary>
/// <param name="RedEffectiveness">α′ ≥ 0: Blue losses per Red unit per Blue unit per unit of time.</param>
/// <param name="BlueEffectiveness">β′ ≥ 0: Red losses per Blue unit per Red unit per unit of time.</param>
public readonly record struct LanchesterLinearLaw(double RedEffectiveness, double BlueEffectiveness)
{
    private readonly double _alpha = Coefficient(RedEffectiveness, nameof(RedEffectiveness));
    private readonly double _beta = Coefficient(BlueEffectiveness, nameof(BlueEffectiveness));

    /// <summary>α′: Blue losses per Red unit per Blue unit per unit of time.</summary>
    public double RedEffectiveness { get => _alpha; init => _alpha = Coefficient(value, nameof(RedEffectiveness)); }

    /// <summary>β′: Red losses per Blue unit per Red unit per unit of time.</summary>
    public double BlueEffectiveness { get => _beta; init => _beta = Coefficient(value, nameof(BlueEffectiveness)); }

    /// <summary>α′·R − β′·B, conserved by the linear law: positive when Red is winning.</summary>
    public double Invariant(double red, double blue) => (_alpha * red) - (_beta * blue);

    /// <summary>Red iff α′·R &gt; β′·B, Blue iff smaller, else None (both decay together).</summary>
    public LanchesterSide PredictWinner(double red, double blue)
    {
        RequireForces(red, blue);
        var redStrength = _alpha * red;
        var blueStrength = _beta * blue;
        return redStrength > blueStrength ? LanchesterSide.Red
            : blueStrength > redStrength ? LanchesterSide.Blue
            : LanchesterSide.None;
    }

    /// <summary>
    /// The exact forces after fighting for t ≥ 0: R(t) = R₀ / (1 + β′·B₀·t·φ(−c·t)),
    /// B(t) = B₀ / (1 + α′·R₀·t·φ(c·t)), c = α′·R₀ − β′·B₀, φ(z) = (e^z − 1)/z (φ(0) = 1, so an even fight gives
    /// R(t) = R₀ / (1 + β′·B₀·t)).
    /// </summary>
    public (double Red, double Blue) Solve(double red, double blue, double t)
    {
        RequireForces(red, blue);
        RequireStep(t, nameof(t));
        var c = (_alpha * red) - (_beta * blue);
        var ct = c * t;
        var r = red / (1 + (_beta * blue * t * Phi(-ct)));
        var b = blue / (1 + (_alpha * red * t * Phi(ct)));
        return (r, b);
    }

    /// <summary>
    /// One discrete step: ΔR = min(R, β′·R·B·dt), ΔB = min(B, α′·R·B·dt) from the forces at the start of the step.
    /// Unclamped, it conserves <see cref="Invariant"/> exactly (both sides lose in proportion R·B·dt).
    /// </summary>
    public LanchesterCasualties Step(double red, double blue, double dt)
    {
        RequireForces(red, blue);
        RequireStep(dt, nameof(dt));
        var contact = red * blue * dt;
        var redLoss = Math.Min(red, _beta * contact);
        var blueLoss = Math.Min(blue, _alpha * contact);
        return new LanchesterCasualties(red - redLoss, blue - blueLoss, redLoss, blueLoss);
    }

    /// <summary>Advances by dt with the closed form (<see cref="Solve"/>), returning the casualties.</summary>
    public LanchesterCasualties StepExact(double red, double blue, double dt)
    {
        var (r, b) = Solve(red, blue, dt);
        r = Math.Min(r, red);
        b = Math.Min(b, blue);
        return new LanchesterCasualties(r, b, red - r, blue - b);
    }

    /// <summary>φ(z) = (e^z − 1)/z with e^z − 1 by Kahan's trick (Higham 2002, §1.14.1), accurate near zero.</summary>
    private static double Phi(double z)
    {
        if (z == 0)
        {
            return 1;
        }

        var e = Math.Exp(z);
        if (e == 1)
        {
            return 1;
        }

        var em1 = e - 1;
        return em1 == -1 || double.IsPositiveInfinity(e) ? em1 / z : em1 / Math.Log(e);
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

    private static void RequireStep(double dt, string name)
    {
        if (!double.IsFinite(dt) || dt < 0)
        {
            throw new ArgumentOutOfRangeException(name, dt, "The time must be finite and non-negative.");
        }
    }

    private static double Coefficient(double value, string name) => double.IsFinite(value) && value >= 0
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "Lanchester effectiveness must be finite and non-negative.");
}

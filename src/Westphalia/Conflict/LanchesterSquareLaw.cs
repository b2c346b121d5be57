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
/// <b>Winner.</b> Red wins (Blue is annihilated first) iff α·R₀² &gt; β·B₀², Blue iff α·R₀² &lt; β·B₀². The closed form
/// (γ = √(αβ)) is R(t) = R₀·cosh γt − √(β/α)·B₀·sinh γt, B(t) = B₀·cosh γt − √(α/β)·R₀·sinh γt, until the loser
/// reaches zero.
/// </para>
/// <para>
/// <b>Discrete step.</b> The model fights in steps of dt with <see cref="Step"/>: ΔR = β·B·dt, ΔB = α·R·dt from the
/// forces at the start of the step, each clamped to the force the side has. Unclamped, one step multiplies the
/// invariant by exactly 1 − αβ·dt², so over a battle of length T its relative drift is about αβ·T·dt = O(dt).
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

namespace Westphalia.Conflict;

/// <summary>
/// Richardson's two-state arms race (L. F. Richardson 1960, <i>Arms and Insecurity</i>, Pittsburgh: Boxwood;
/// summarised in Rapoport 1957, "Lewis F. Richardson's mathematical theory of war", <i>Journal of Conflict
/// Resolution</i> 1(3):249–299):
/// <code>
///   dx/dt = k·y − a·x + g
///   dy/dt = l·x − b·y + h
/// </code>
/// x and y are the two states' armament levels (e.g. military spending), k and l the defence coefficients (how
/// strongly each reacts to the other's arms), a and b the fatigue (expense) coefficients, and g and h the standing
/// grievances (negative for goodwill). All coefficients are per unit of time (per year in the model) and dt is in the
/// same unit. In matrix form ż = J·z + f with z = (x, y), f = (g, h) and the Jacobian J = [[−a, k], [l, −b]].
/// </summary>
/// <remarks>
/// <para>
/// <b>Equilibrium.</b> Solving J·z* = −f exactly (Cramer's rule):
/// x* = (b·g + k·h) / (a·b − k·l), y* = (a·h + l·g) / (a·b − k·l). It is undefined when a·b = k·l
/// (the lines dx/dt = 0 and dy/dt = 0 are parallel).
/// </para>
/// <para>
/// <b>Stability.</b> tr J = −(a + b), det J = a·b − k·l, so the eigenvalues are
/// λ = −(a + b)/2 ± √(((a − b)/2)² + k·l). The equilibrium is asymptotically stable iff det J &gt; 0 and tr J &lt; 0
/// (Routh–Hurwitz); with Richardson's non-negative coefficients this is his condition a·b &gt; k·l. When a·b &lt; k·l
/// one eigenvalue is positive and, from almost every start, the race runs away (or collapses into disarmament, which
/// the model clamps at zero).
/// </para>
/// <para>
/// <b>The step.</b> <see cref="StepEuler"/> is Richardson's own difference form x' = x + dt·(k·y − a·x + g), what the
/// realist doctrine applies each monthly tick. It has the same fixed point z* exactly, and for a stable system it is
/// stable whenever dt·|λ| &lt; 2 for every eigenvalue λ of J (|1 + dt·λ| &lt; 1); with yearly coefficients of order
/// 0.1–1 and dt = 1/12 that holds by a wide margin and the local error O(dt²) is negligible.
/// </para>
/// </remarks>
/// <param name="K">Defence coefficient k of state x: its arms rise at rate k per unit of y.</param>
/// <param name="L">Defence coefficient l of state y: its arms rise at rate l per unit of x.</param>
/// <param name="A">Fatigue coefficient a of state x (per unit of time).</param>
/// <param name="B">Fatigue coefficient b of state y (per unit of time).</param>
/// <param name="G">Grievance g of state x (arms per unit of time; negative for goodwill).</param>
/// <param name="H">Grievance h of state y (arms per unit of time; negative for goodwill).</param>
public readonly record struct RichardsonSystem(double K, double L, double A, double B, double G, double H)
{
    // Below this relative size det J is treated as zero: the computed a·b − k·l carries rounding of that order.
    private const double SingularTolerance = 1e-12;

    private readonly double _k = Finite(K, nameof(K));
    private readonly double _l = Finite(L, nameof(L));
    private readonly double _a = Finite(A, nameof(A));
    private readonly double _b = Finite(B, nameof(B));
    private readonly double _g = Finite(G, nameof(G));
    private readonly double _h = Finite(H, nameof(H));

    /// <summary>Defence coefficient k of state x.</summary>
    public double K { get => _k; init => _k = Finite(value, nameof(K)); }

    /// <summary>Defence coefficient l of state y.</summary>
    public double L { get => _l; init => _l = Finite(value, nameof(L)); }

    /// <summary>Fatigue coefficient a of state x.</summary>
    public double A { get => _a; init => _a = Finite(value, nameof(A)); }

    /// <summary>Fatigue coefficient b of state y.</summary>
    public double B { get => _b; init => _b = Finite(value, nameof(B)); }

    /// <summary>Grievance g of state x.</summary>
    public double G { get => _g; init => _g = Finite(value, nameof(G)); }

    /// <summary>Grievance h of state y.</summary>
    public double H { get => _h; init => _h = Finite(value, nameof(H)); }

    /// <summary>det J = a·b − k·l.</summary>
    public double Determinant => (_a * _b) - (_k * _l);

    /// <summary>tr J = −(a + b).</summary>
    public double Trace => -(_a + _b);

    /// <summary>
    /// Whether the equilibrium is asymptotically stable: det J = a·b − k·l &gt; 0 and tr J = −(a + b) &lt; 0.
    /// For non-negative a, b, k, l (Richardson's case) a·b &gt; k·l alone implies a, b &gt; 0, so this is exactly
    /// Richardson's condition a·b &gt; k·l.
    /// </summary>
    public bool IsStable => Determinant > 0 && Trace < 0;

    /// <summary>
    /// Whether the equilibrium is defined: det J is not zero (nor so small relative to a·b and k·l, 10⁻¹² of their
    /// size, that it is rounding noise).
    /// </summary>
    public bool HasEquilibrium => Math.Abs(Determinant) > SingularTolerance * (Math.Abs(_a * _b) + Math.Abs(_k * _l));

    /// <summary>
    /// The equilibrium (x*, y*) = ((b·g + k·h) / (a·b − k·l), (a·h + l·g) / (a·b − k·l)).
    /// </summary>
    /// <exception cref="InvalidOperationException">When a·b = k·l (see <see cref="HasEquilibrium"/>).</exception>
    public (double X, double Y) Equilibrium => TryGetEquilibrium(out var x, out var y)
        ? (x, y)
        : throw new InvalidOperationException("The Richardson equilibrium is undefined when a·b = k·l.");

    /// <summary>
    /// Solves J·z* = −f exactly. Returns false (and zeros) when a·b = k·l, where the equilibrium is undefined.
    /// </summary>
    public bool TryGetEquilibrium(out double x, out double y)
    {
        if (!HasEquilibrium)
        {
            x = 0;
            y = 0;
            return false;
        }

        var det = Determinant;
        x = ((_b * _g) + (_k * _h)) / det;
        y = ((_a * _h) + (_l * _g)) / det;
        return true;
    }

    /// <summary>The rates (dx/dt, dy/dt) = (k·y − a·x + g, l·x − b·y + h).</summary>
    public (double Dx, double Dy) Rates(double x, double y) =>
        ((_k * y) - (_a * x) + _g, (_l * x) - (_b * y) + _h);

    /// <summary>
    /// One explicit Euler step (Richardson's difference equations):
    /// x' = x + dt·(k·y − a·x + g), y' = y + dt·(l·x − b·y + h). Local error O(dt²); stable iff |1 + dt·λ| &lt; 1 for
    /// the eigenvalues λ of J. Arms are not clamped at zero.
    /// </summary>
    public (double X, double Y) StepEuler(double x, double y, double dt)
    {
        RequireStep(dt);
        var (dx, dy) = Rates(x, y);
        return (x + (dt * dx), y + (dt * dy));
    }

    private static void RequireStep(double dt)
    {
        if (!double.IsFinite(dt) || dt < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(dt), dt, "The step must be finite and non-negative.");
        }
    }

    private static double Finite(double value, string name) => double.IsFinite(value)
        ? value
        : throw new ArgumentOutOfRangeException(name, value, "Richardson coefficients must be finite.");
}

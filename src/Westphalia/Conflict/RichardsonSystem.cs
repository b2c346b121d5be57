using System.Numerics;

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
/// <b>Which step to use.</b> <see cref="StepExact"/> advances the linear system over any dt with no truncation error
/// (the 2×2 matrix exponential in closed form, see there); use it for analysis, calibration, long or irregular steps,
/// and whenever dt·|λ| is not small. <see cref="StepEuler"/> is Richardson's own difference form
/// x' = x + dt·(k·y − a·x + g); it is what the model applies each monthly tick (and the only form of the N-state
/// <see cref="RichardsonNetwork"/>). It has the same fixed point z* exactly and the same stability verdict as long as
/// dt &lt; <see cref="MaxStableEulerStep"/>; with yearly coefficients of order 0.1–1 and dt = 1/12 the local error
/// O(dt²) is negligible.
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
    /// The eigenvalues of J = [[−a, k], [l, −b]]: λ = −(a + b)/2 ± √(((a − b)/2)² + k·l), the first with the larger
    /// real part (the dominant one; the race runs away when it is positive). Complex (a conjugate pair) when k·l &lt;
    /// −((a − b)/2)², which needs defence coefficients of opposite sign.
    /// </summary>
    public (Complex Dominant, Complex Other) Eigenvalues
    {
        get
        {
            var m = -0.5 * (_a + _b);
            var n = 0.5 * (_b - _a);
            var delta = (n * n) + (_k * _l);
            if (delta < 0)
            {
                var w = Math.Sqrt(-delta);
                return (new Complex(m, w), new Complex(m, -w));
            }

            // The root of larger magnitude without cancellation; the other from λ₁·λ₂ = det J.
            var s = Math.Sqrt(delta);
            var big = m <= 0 ? m - s : m + s;
            var small = big == 0 ? 0 : Determinant / big;
            var first = Math.Max(big, small);
            var second = Math.Min(big, small);
            return (new Complex(first, 0), new Complex(second, 0));
        }
    }

    /// <summary>
    /// The largest step dt for which the Euler map z' = (I + dt·J)·z + dt·f is stable: every eigenvalue of
    /// I + dt·J inside the unit circle, |1 + dt·λ| &lt; 1, i.e. dt &lt; min over λ of −2·Re λ / |λ|²
    /// (dt &lt; 2/|λ| for real λ). Zero when the continuous system is not stable, because then no positive dt is
    /// stable. Steps above min 1/|λ| (real λ) are stable but overshoot: the discrete path oscillates about z*.
    /// </summary>
    public double MaxStableEulerStep
    {
        get
        {
            if (!IsStable)
            {
                return 0;
            }

            var (first, second) = Eigenvalues;
            return Math.Min(EulerLimit(first), EulerLimit(second));
        }
    }

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
    /// Whether the Jury conditions hold for M = I + dt·J, so the Euler map is stable:
    /// |det M| &lt; 1 and |tr M| &lt; 1 + det M, with det M = (1 − a·dt)(1 − b·dt) − k·l·dt², tr M = 2 − (a + b)·dt.
    /// Equivalent to 0 &lt; dt &lt; <see cref="MaxStableEulerStep"/>.
    /// </summary>
    public bool IsEulerStable(double dt)
    {
        RequireStep(dt);
        var det = ((1 - (_a * dt)) * (1 - (_b * dt))) - (_k * _l * dt * dt);
        var trace = 2 - ((_a + _b) * dt);
        return Math.Abs(det) < 1 && Math.Abs(trace) < 1 + det;
    }

    /// <summary>
    /// One explicit Euler step (Richardson's difference equations):
    /// x' = x + dt·(k·y − a·x + g), y' = y + dt·(l·x − b·y + h). Local error O(dt²); stable iff
    /// dt &lt; <see cref="MaxStableEulerStep"/> (see <see cref="IsEulerStable"/>). Arms are not clamped at zero.
    /// </summary>
    public (double X, double Y) StepEuler(double x, double y, double dt)
    {
        RequireStep(dt);
        var (dx, dy) = Rates(x, y);
        return (x + (dt * dx), y + (dt * dy));
    }

    /// <summary>
    /// Advances (x, y) by dt exactly: z(dt) = e^{J·dt}·z + (∫₀^dt e^{J·s} ds)·f, evaluated in closed form.
    /// Writing J = m·I + N with m = −(a + b)/2 and the traceless N = [[(b − a)/2, k], [l, (a − b)/2]], N² = δ·I with
    /// δ = ((a − b)/2)² + k·l, so (Cayley–Hamilton; Moler &amp; Van Loan 2003, "Nineteen dubious ways to compute the
    /// exponential of a matrix, twenty-five years later", <i>SIAM Review</i> 45(1):3–49, §3)
    /// <code>
    ///   e^{J·t}          = e^{m·t}·[C(δt²)·I + S(δt²)·t·N]
    ///   ∫₀^t e^{J·s} ds  = t·[p(mt, δt²)·I + q(mt, δt²)·t·N]
    /// </code>
    /// with C(v) = cosh √v, S(v) = sinh √v / √v (cos and sin of √−v when v &lt; 0), and
    /// p(u, v) = ∫₀¹ e^{uθ} C(vθ²) dθ, q(u, v) = ∫₀¹ θ e^{uθ} S(vθ²) dθ. Those two are evaluated by whichever exact
    /// form is well conditioned: through the eigenvalues u ± √v (p = [φ(u+√v) + φ(u−√v)]/2,
    /// q = [φ(u+√v) − φ(u−√v)]/(2√v), φ(z) = (e^z − 1)/z, complex when v &lt; 0); through det J
    /// (p = (e^u(u·C − v·S) − u)/(u² − v), q = (e^u(u·S − C) + 1)/(u² − v), i.e. z* + e^{Jt}(z − z*)); or, when
    /// both u and v are small, their convergent Taylor series. The result is exact to rounding for every
    /// coefficient set, including a·b = k·l where there is no equilibrium (e.g. a = b = k = l = 0 gives x + g·dt).
    /// A runaway race overflows to ±∞ (or NaN) only once the dominant mode passes e^709 ≈ 10³⁰⁸.
    /// </summary>
    public (double X, double Y) StepExact(double x, double y, double dt)
    {
        RequireStep(dt);
        var m = -0.5 * (_a + _b);
        var n11 = 0.5 * (_b - _a);
        var delta = (n11 * n11) + (_k * _l);
        var u = m * dt;
        var v = delta * dt * dt;
        var (ec, es) = ExpCoshSinhc(u, v);
        var (p, q) = ForcingWeights(u, v);

        // t·N applied to the state and to the forcing.
        var nx = dt * ((n11 * x) + (_k * y));
        var ny = dt * ((_l * x) - (n11 * y));
        var ng = dt * ((n11 * _g) + (_k * _h));
        var nh = dt * ((_l * _g) - (n11 * _h));
        var x1 = (ec * x) + (es * nx) + (dt * ((p * _g) + (q * ng)));
        var y1 = (ec * y) + (es * ny) + (dt * ((p * _h) + (q * nh)));
        return (x1, y1);
    }

    /// <summary>
    /// The same system as a two-state <see cref="RichardsonNetwork"/>: state 0 is x, state 1 is y, with rival
    /// weights k₀₁ = k and k₁₀ = l, fatigue (a, b) and grievance (g, h) written into the given spans.
    /// </summary>
    public RichardsonRivalMatrix ToRivalMatrix(Span<double> fatigue, Span<double> grievance)
    {
        if (fatigue.Length != 2 || grievance.Length != 2)
        {
            throw new ArgumentException("fatigue and grievance must have length 2");
        }

        fatigue[0] = _a;
        fatigue[1] = _b;
        grievance[0] = _g;
        grievance[1] = _h;
        return RichardsonRivalMatrix.FromTriplets(2, [0, 1], [1, 0], [_k, _l]);
    }

    private static double EulerLimit(Complex lambda) => -2 * lambda.Real / ((lambda.Real * lambda.Real) + (lambda.Imaginary * lambda.Imaginary));

    /// <summary>(e^u·C(v), e^u·S(v)) without overflow of cosh when e^u is tiny (long stable horizons).</summary>
    private static (double Ec, double Es) ExpCoshSinhc(double u, double v)
    {
        if (Math.Abs(v) <= 1)
        {
            // C(v) = Σ vⁿ/(2n)!, S(v) = Σ vⁿ/(2n+1)!; 12 terms reach 1/24! ≈ 1.6·10⁻²⁴.
            double c = 0, s = 0, term = 1;
            for (var n = 0; n < 12; n++)
            {
                c += term;
                term /= 2 * n + 1;
                s += term;
                term *= v / (2 * n + 2);
            }

            var e = Math.Exp(u);
            return (e * c, e * s);
        }

        if (v > 0)
        {
            var r = Math.Sqrt(v);
            var ep = Math.Exp(u + r);
            var em = Math.Exp(u - r);
            return (0.5 * (ep + em), 0.5 * (ep - em) / r);
        }

        var w = Math.Sqrt(-v);
        var eu = Math.Exp(u);
        return (eu * Math.Cos(w), eu * Math.Sin(w) / w);
    }

    /// <summary>p(u, v) and q(u, v) of <see cref="StepExact"/>, each by an exact, well-conditioned form.</summary>
    private static (double P, double Q) ForcingWeights(double u, double v)
    {
        var scale = Math.Max(1, u * u);
        if (Math.Abs(v) >= 0.01 * scale)
        {
            // Eigenvalues separated by 2√|v| ≥ 0.2·max(1, |u|): their divided difference is well conditioned.
            if (v > 0)
            {
                var r = Math.Sqrt(v);
                var f1 = Phi(u + r);
                var f2 = Phi(u - r);
                return (0.5 * (f1 + f2), (f1 - f2) / (2 * r));
            }

            var w = Math.Sqrt(-v);
            var (re, im) = PhiComplex(u, w);
            return (re, im / w);
        }

        if (Math.Abs(u) >= 1)
        {
            // |v| < u²/100, so u² − v = det J·t² ≥ 0.99·u²: dividing by it is safe.
            var (ec, es) = ExpCoshSinhc(u, v);
            var d = (u * u) - v;
            return (((u * ec) - (v * es) - u) / d, ((u * es) - ec + 1) / d);
        }

        // |u| < 1, |v| < 0.01: p = Σₙ vⁿ/(2n)! M₂ₙ(u), q = Σₙ vⁿ/(2n+1)! M₂ₙ₊₁(u), M_k(u) = Σⱼ uʲ/(j!(k + j + 1)).
        double p = 0, q = 0, vn = 1, fact = 1;
        for (var n = 0; n < 6; n++)
        {
            p += vn / fact * Moment(2 * n, u);
            fact *= 2 * n + 1;
            q += vn / fact * Moment((2 * n) + 1, u);
            fact *= 2 * n + 2;
            vn *= v;
        }

        return (p, q);
    }

    /// <summary>M_k(u) = ∫₀¹ θᵏ e^{uθ} dθ = Σⱼ uʲ/(j!(k + j + 1)) for |u| &lt; 1 (26 terms: 1/26! ≈ 2.5·10⁻²⁷).</summary>
    private static double Moment(int k, double u)
    {
        double sum = 0, term = 1;
        for (var j = 0; j < 26; j++)
        {
            sum += term / (k + j + 1);
            term *= u / (j + 1);
        }

        return sum;
    }

    /// <summary>φ(z) = (e^z − 1)/z, φ(0) = 1, accurate for every real z.</summary>
    internal static double Phi(double z) => z == 0 ? 1 : ExpM1(z) / z;

    /// <summary>
    /// e^z − 1 accurate near zero (Kahan's trick: (e^z − 1)·z / ln e^z cancels the rounding of e^z; Higham 2002,
    /// <i>Accuracy and Stability of Numerical Algorithms</i>, §1.14.1). .NET's double.ExpM1 is exp(z) − 1.
    /// </summary>
    internal static double ExpM1(double z)
    {
        var e = Math.Exp(z);
        if (e == 1)
        {
            return z;
        }

        var em1 = e - 1;
        if (em1 == -1 || double.IsPositiveInfinity(e))
        {
            return em1;
        }

        return em1 * z / Math.Log(e);
    }

    /// <summary>φ(u + i·w) as (Re, Im), with e^z − 1 = (e^u − 1)·cos w − 2 sin²(w/2) + i·e^u·sin w.</summary>
    private static (double Re, double Im) PhiComplex(double u, double w)
    {
        var half = Math.Sin(0.5 * w);
        var numRe = (ExpM1(u) * Math.Cos(w)) - (2 * half * half);
        var numIm = Math.Exp(u) * Math.Sin(w);
        var quotient = new Complex(numRe, numIm) / new Complex(u, w);
        return (quotient.Real, quotient.Imaginary);
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

namespace Westphalia.Statistics;

/// <summary>
/// Brent's minimisation of a function of one variable on an interval: golden-section steps combined with
/// successive parabolic interpolation (Brent 1973, "Algorithms for Minimization without Derivatives", ch. 5;
/// Press et al., "Numerical Recipes", 3rd ed., §10.3).
/// </summary>
internal static class BrentMinimum
{
    private const double GoldenSection = 0.3819660112501051; // (3 − √5)/2
    private const double AbsoluteTolerance = 1e-12;
    private const int MaxIterations = 200;

    /// <summary>
    /// A local minimum of f(x, state) on [<paramref name="low"/>, <paramref name="high"/>], starting from
    /// <paramref name="start"/> (clamped into the interval), to a relative tolerance <paramref name="tolerance"/>.
    /// For a unimodal f this is the minimum; when it lies at an end the result approaches that end.
    /// </summary>
    public static double Find<TState>(Func<double, TState, double> f, TState state, double low, double high, double start, double tolerance)
    {
        var a = low;
        var b = high;
        var margin = 1e-3 * (b - a);
        var x = double.IsFinite(start) ? Math.Clamp(start, a + margin, b - margin) : a + (GoldenSection * (b - a));
        var w = x;
        var v = x;
        var fx = f(x, state);
        var fw = fx;
        var fv = fx;
        var d = 0.0;
        var e = 0.0;
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var middle = 0.5 * (a + b);
            var tol1 = (tolerance * Math.Abs(x)) + AbsoluteTolerance;
            var tol2 = 2.0 * tol1;
            if (Math.Abs(x - middle) <= tol2 - (0.5 * (b - a)))
            {
                break;
            }

            var golden = true;
            if (Math.Abs(e) > tol1)
            {
                // Parabola through (v, fv), (w, fw), (x, fx).
                var r = (x - w) * (fx - fv);
                var q = (x - v) * (fx - fw);
                var p = ((x - v) * q) - ((x - w) * r);
                q = 2.0 * (q - r);
                if (q > 0.0)
                {
                    p = -p;
                }

                q = Math.Abs(q);
                var previousStep = e;
                e = d;
                if (Math.Abs(p) < Math.Abs(0.5 * q * previousStep) && p > q * (a - x) && p < q * (b - x))
                {
                    d = p / q;
                    var trial = x + d;
                    if (trial - a < tol2 || b - trial < tol2)
                    {
                        d = middle >= x ? tol1 : -tol1;
                    }

                    golden = false;
                }
            }

            if (golden)
            {
                e = x >= middle ? a - x : b - x;
                d = GoldenSection * e;
            }

            var u = Math.Abs(d) >= tol1 ? x + d : x + (d >= 0.0 ? tol1 : -tol1);
            var fu = f(u, state);
            if (fu <= fx)
            {
                if (u >= x)
                {
                    a = x;
                }
                else
                {
                    b = x;
                }

                v = w;
                fv = fw;
                w = x;
                fw = fx;
                x = u;
                fx = fu;
            }
            else
            {
                if (u < x)
                {
                    a = u;
                }
                else
                {
                    b = u;
                }

                if (fu <= fw || w == x)
                {
                    v = w;
                    fv = fw;
                    w = u;
                    fw = fu;
                }
                else if (fu <= fv || v == x || v == w)
                {
                    v = u;
                    fv = fu;
                }
            }
        }

        return x;
    }
}

using System.Runtime.CompilerServices;

namespace Westphalia.Numerics;

/// <summary>
/// Logarithm, exponential and sine/cosine built only from IEEE 754 basic operations (+, −, ×, ÷, square root, bit
/// manipulation), after fdlibm (Sun Microsystems, 1993): the same bits on every instruction set and platform, one
/// value at a time or in vector lanes. <see cref="Math"/>'s functions call the C runtime, which may round differently
/// elsewhere and has no vector form giving its bits. Log and Exp are within one unit in the last place of the exact
/// result over their whole range, special values included (test/Westphalia.Tests/Numerics/PortableMathTests.cs).
/// </summary>
public static class PortableMath
{
    private const double Ln2Hi = 6.93147180369123816490e-01; // 0x3FE62E42FEE00000: k · Ln2Hi is exact for |k| < 2^11
    private const double Ln2Lo = 1.90821492927058770002e-10;
    private const double InvLn2 = 1.44269504088896338700e+00;
    private const double TwoPow52 = 4503599627370496.0;
    private const double RoundMagic = 6755399441055744.0; // 1.5 · 2^52: x + it − it rounds x to an integer
    private const long ExponentBias = 1023;

    private const double Lg1 = 6.666666666666735130e-01;
    private const double Lg2 = 3.999999999940941908e-01;
    private const double Lg3 = 2.857142874366239149e-01;
    private const double Lg4 = 2.222219843214978396e-01;
    private const double Lg5 = 1.818357216161805012e-01;
    private const double Lg6 = 1.531383769920937332e-01;
    private const double Lg7 = 1.479819860511658591e-01;

    private const double P1 = 1.66666666666666019037e-01;
    private const double P2 = -2.77777777770155933842e-03;
    private const double P3 = 6.61375632143793436117e-05;
    private const double P4 = -1.65339022054652515390e-06;
    private const double P5 = 4.13813679705723846039e-08;

    private const double S1 = -1.66666666666666324348e-01;
    private const double S2 = 8.33333333332248946124e-03;
    private const double S3 = -1.98412698298579493134e-04;
    private const double S4 = 2.75573137070700676789e-06;
    private const double S5 = -2.50507602534068634195e-08;
    private const double S6 = 1.58969099521155010221e-10;

    private const double C1 = 4.16666666666666019037e-02;
    private const double C2 = -1.38888888888741095749e-03;
    private const double C3 = 2.48015872894767294178e-05;
    private const double C4 = -2.75573143513906633035e-07;
    private const double C5 = 2.08757232129817482790e-09;
    private const double C6 = -1.13596475577881948265e-11;

    private const double TwoPi = 2 * Math.PI;

    private const long CbrtB1 = 715094163; // (1023 − 1023/3 − 0.03306235651) · 2^20
    private const double CbrtP0 = 1.87595182427177009643;
    private const double CbrtP1 = -1.88497979543377169875;
    private const double CbrtP2 = 1.621429720105354466140;
    private const double CbrtP3 = -0.758397934778766047437;
    private const double CbrtP4 = 0.145996192886612446982;

    /// <summary>The natural logarithm, as <see cref="Math.Log(double)"/> for special values (NaN below zero, −∞ at zero).</summary>
    public static double Log(double x) => Log(new Scalar(x)).Value;

    /// <summary>e^x, as <see cref="Math.Exp(double)"/> for special values.</summary>
    public static double Exp(double x) => Exp(new Scalar(x)).Value;

    /// <summary>x^y for x &gt; 0, as exp(y · ln x).</summary>
    public static double Pow(double x, double y) => Pow(new Scalar(x), new Scalar(y)).Value;

    /// <summary>x^y for x &gt; 0, as exp(y · ln x).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Pow<T>(T x, T y)
        where T : struct, ILanes<T> => Exp(y * Log(x));

    /// <summary>The cube root of a positive normal double (or zero), within one unit in the last place of the exact root.</summary>
    public static double Cbrt(double x) => Cbrt(new Scalar(x)).Value;

    /// <summary>
    /// The cube root in each lane of x, a positive normal double or zero (FreeBSD's s_cbrt.c, after fdlibm: an estimate
    /// from the exponent bits divided by three, a polynomial to 23 bits, then one rational Newton step; under 0.667 units
    /// in the last place). Subnormal, negative, infinite and NaN lanes are outside its domain.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static T Cbrt<T>(T x)
        where T : struct, ILanes<T> => CbrtInline(x);

    /// <summary><see cref="Cbrt{T}(T)"/>, inlined where it is called, as <see cref="LogInline{T}(T)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T CbrtInline<T>(T x)
        where T : struct, ILanes<T>
    {
        // High word / 3 + B1 in the high word: (h · 0xAAAAAAAB) >> 33 is h / 3 for every 32-bit h.
        var high = T.ShiftRightLogical(x, 32);
        var third = T.ShiftRightLogical(T.MultiplyLow32(high, 0xAAAAAAABu), 33);
        var t = T.ShiftLeft(T.AddBits(third, T.CreateBits(CbrtB1)), 32);

        var r = t * t * (t / x);
        t = t * ((T.Create(CbrtP0) + (r * (T.Create(CbrtP1) + (r * T.Create(CbrtP2))))) + (r * r * r * (T.Create(CbrtP3) + (r * T.Create(CbrtP4)))));

        // Round t to 23 bits away from zero, so that t · t is exact and t is just above the root.
        t = T.And(T.AddBits(t, T.CreateBits(0x80000000L)), T.CreateBits(unchecked((long)0xFFFFFFFFC0000000UL)));

        var s = t * t;
        var q = x / s;
        var w = t + t;
        q = (q - t) / (w + q);
        var root = t + (t * q);
        return T.Select(T.Equal(x, T.Create(0.0)), x, root);
    }

    /// <summary>The natural logarithm in each lane (fdlibm's e_log.c: x = 2^k (1 + f), ln(1 + f) by a polynomial in f / (2 + f)).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static T Log<T>(T x)
        where T : struct, ILanes<T> => LogInline(x);

    /// <summary>
    /// <see cref="Log{T}(T)"/>, inlined where it is called. A call of a portable function passes its vectors through the
    /// stack, and timed once per vector it took from about the same time as inlined to more than twice as long, from one
    /// process to the next (docs/PERFORMANCE.md, "Next morning"). A kernel inlines this when it calls no other portable
    /// function, so that it stays within the JIT's inlining budget.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T LogInline<T>(T x)
        where T : struct, ILanes<T>
    {
        // Where every lane is a positive normal number (the usual case) the scaling of subnormals and the choice of
        // special values are left out: they would take the same bits through unchanged.
        var normal = T.And(T.GreaterThan(x, T.Create(MinNormal)), T.LessThan(x, T.Create(double.PositiveInfinity)));
        var special = T.Xor(normal, T.CreateBits(-1L));
        if (!T.Any(special))
        {
            return LogOfNormal(x, T.Create(0.0));
        }

        // Subnormal inputs are scaled into the normal range first.
        var subnormal = T.LessThan(x, T.Create(MinNormal));
        var scaled = T.Select(subnormal, x * T.Create(18014398509481984.0), x); // 2^54
        var result = LogOfNormal(scaled, T.Select(subnormal, T.Create(54.0), T.Create(0.0)));

        // Zero, negative, infinite and NaN inputs.
        var inside = T.And(T.GreaterThan(x, T.Create(0.0)), T.LessThan(x, T.Create(double.PositiveInfinity)));
        var outside = T.Select(
            T.Equal(x, T.Create(0.0)),
            T.Create(double.NegativeInfinity),
            T.Select(T.Equal(x, T.Create(double.PositiveInfinity)), x, T.Create(double.NaN)));
        return T.Select(inside, result, outside);
    }

    /// <summary>The smallest positive normal double, 2^−1022.</summary>
    private const double MinNormal = 2.2250738585072014e-308;

    /// <summary>
    /// ln(2^−<paramref name="scale"/> · <paramref name="bits"/>) for a positive normal double <paramref name="bits"/>
    /// (<paramref name="scale"/> the power of two a subnormal input was multiplied by, or zero).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T LogOfNormal<T>(T bits, T scale)
        where T : struct, ILanes<T>
    {
        var mantissa = T.And(bits, T.CreateBits(0x000FFFFFFFFFFFFFL));

        // Normalise 1 + f into [√2/2, √2): halve when the mantissa is at or above √2 (fdlibm's 0x95f64 test).
        var half = T.And(T.AddBits(mantissa, T.CreateBits(0x95f64L << 32)), T.CreateBits(1L << 52));
        var normalised = T.Or(mantissa, T.Xor(half, T.CreateBits(0x3FF0000000000000L)));
        var f = normalised - T.Create(1.0);

        // k = exponent − 1023 + (1 if halved) − (54 if scaled), as an exact double.
        var magic = T.CreateBits(0x4330000000000000L); // 2^52: bits ORed into its mantissa read as an integer
        var exponent = T.Or(T.ShiftRightLogical(bits, 52), magic) - T.Create(TwoPow52);
        var halved = T.Or(T.ShiftRightLogical(half, 52), magic) - T.Create(TwoPow52);
        var k = exponent - T.Create(ExponentBias) + halved - scale;

        var s = f / (T.Create(2.0) + f);
        var z = s * s;
        var w = z * z;
        var t1 = w * (T.Create(Lg2) + (w * (T.Create(Lg4) + (w * T.Create(Lg6)))));
        var t2 = z * (T.Create(Lg1) + (w * (T.Create(Lg3) + (w * (T.Create(Lg5) + (w * T.Create(Lg7)))))));
        var r = t2 + t1;
        var hfsq = T.Create(0.5) * f * f;
        var kHi = k * T.Create(Ln2Hi);
        var kLo = k * T.Create(Ln2Lo);
        var withSquare = kHi - ((hfsq - ((s * (hfsq + r)) + kLo)) - f);
        var plain = kHi - (((s * (f - r)) - kLo) - f);

        // fdlibm keeps the half-square form for mantissas in [0x6147a, 0x6b851] of the high word, near √2.
        var one = T.Or(mantissa, T.CreateBits(0x3FF0000000000000L));
        var nearRoot2 = T.And(
            T.GreaterThan(one, T.CreateBits(0x3FF61479FFFFFFFFL)),
            T.LessThan(one, T.CreateBits(0x3FF6B85200000000L)));
        return T.Select(nearRoot2, withSquare, plain);
    }

    /// <summary>e^x in each lane (fdlibm's e_exp.c: x = k ln 2 + r, e^r by a rational approximation, times 2^k).</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static T Exp<T>(T x)
        where T : struct, ILanes<T> => ExpInline(x);

    /// <summary><see cref="Exp{T}(T)"/>, inlined where it is called, as <see cref="LogInline{T}(T)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static T ExpInline<T>(T x)
        where T : struct, ILanes<T>
    {
        // Beyond these e^x is 0 or ∞ in doubles; the bounds keep k in range. NaN passes through Min and Max.
        var clamped = T.Min(T.Max(x, T.Create(-746.0)), T.Create(710.0));
        var rounded = (clamped * T.Create(InvLn2)) + T.Create(RoundMagic);
        var k = rounded - T.Create(RoundMagic);
        var hi = clamped - (k * T.Create(Ln2Hi));
        var lo = k * T.Create(Ln2Lo);
        var r = hi - lo;
        var t = r * r;
        var c = r - (t * (T.Create(P1) + (t * (T.Create(P2) + (t * (T.Create(P3) + (t * (T.Create(P4) + (t * T.Create(P5))))))))));
        var y = T.Create(1.0) - ((lo - ((r * c) / (T.Create(2.0) - c))) - hi);

        // 2^k in two factors, each a normal double, so that a subnormal result is rounded once.
        var kBits = T.SubtractBits(rounded, T.Create(RoundMagic));
        var k1 = T.ShiftRightArithmetic(kBits, 1);
        var k2 = T.SubtractBits(kBits, k1);
        var bias = T.CreateBits(ExponentBias);
        var scale1 = T.ShiftLeft(T.AddBits(k1, bias), 52);
        var scale2 = T.ShiftLeft(T.AddBits(k2, bias), 52);
        return y * scale1 * scale2;
    }

    /// <summary>
    /// sin(2π u) and cos(2π u) in each lane, for turns |u| &lt; 2^50: u = n/4 + v with n whole and |v| ≤ 1/8 exactly,
    /// then fdlibm's kernels (k_sin.c, k_cos.c) at x = 2π v, |x| ≤ π/4, and the quadrant n. Absolute error below
    /// 10⁻¹⁵.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public static (T Sin, T Cos) SinCosTurns<T>(T u)
        where T : struct, ILanes<T> => SinCosTurnsInline(u);

    /// <summary><see cref="SinCosTurns{T}(T)"/>, inlined where it is called, as <see cref="LogInline{T}(T)"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static (T Sin, T Cos) SinCosTurnsInline<T>(T u)
        where T : struct, ILanes<T>
    {
        var quarters = (u * T.Create(4.0)) + T.Create(RoundMagic);
        var n = quarters - T.Create(RoundMagic);
        var v = u - (n * T.Create(0.25));
        var x = v * T.Create(TwoPi);
        var z = x * x;

        var sinR = T.Create(S2) + (z * (T.Create(S3) + (z * (T.Create(S4) + (z * (T.Create(S5) + (z * T.Create(S6))))))));
        var sin = x + ((z * x) * (T.Create(S1) + (z * sinR)));

        var cosR = z * (T.Create(C1) + (z * (T.Create(C2) + (z * (T.Create(C3) + (z * (T.Create(C4) + (z * (T.Create(C5) + (z * T.Create(C6)))))))))));
        // fdlibm's split 1 − z/2 = (1 − q) − (z/2 − q), with q = |x|/4 cut to 21 mantissa bits (0.28125 above 0.78125, 0 below 0.3).
        var ax = T.And(x, T.CreateBits(0x7FFFFFFFFFFFFFFFL));
        var q = T.And(T.SubtractBits(ax, T.CreateBits(2L << 52)), T.CreateBits(unchecked((long)0xFFFFFFFF00000000UL)));
        q = T.Select(T.GreaterThan(ax, T.CreateBits(0x3FE9000000000000L)), T.Create(0.28125), q);
        q = T.Select(T.LessThan(ax, T.CreateBits(0x3FD3333300000000L)), T.Create(0.0), q);
        var cos = (T.Create(1.0) - q) - (((T.Create(0.5) * z) - q) - (z * cosR));

        // Quadrant n mod 4: odd quadrants swap sine and cosine; the sine is negative in quadrants 2 and 3, the cosine in 1 and 2.
        var quadrant = T.SubtractBits(quarters, T.Create(RoundMagic));
        var odd = T.SubtractBits(T.CreateBits(0), T.And(quadrant, T.CreateBits(1)));
        var sinSign = T.ShiftLeft(T.And(quadrant, T.CreateBits(2)), 62);
        var cosSign = T.ShiftLeft(T.And(T.AddBits(quadrant, T.CreateBits(1)), T.CreateBits(2)), 62);
        var s = T.Xor(T.Select(odd, cos, sin), sinSign);
        var c = T.Xor(T.Select(odd, sin, cos), cosSign);
        return (s, c);
    }
}

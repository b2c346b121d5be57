using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Westphalia.Numerics;

/// <summary>
/// One or more lanes of 64 bits, read as doubles or as two's-complement integers. A kernel written once against
/// this interface runs one value at a time (<see cref="Scalar"/>) or several at once (<see cref="Lanes256"/>,
/// <see cref="Lanes512"/>), and every lane does the same IEEE operations in the same order, so the results are the
/// same bits whichever form runs and on whichever instruction set. Only operations that IEEE 754 rounds correctly
/// are offered (no fused multiply-add, no estimates); comparisons give masks, all bits set where true.
/// </summary>
public interface ILanes<TSelf>
    where TSelf : struct, ILanes<TSelf>
{
    static abstract int Count { get; }

    static abstract TSelf Create(double value);

    /// <summary>Lanes holding the integer <paramref name="value"/> as bits.</summary>
    static abstract TSelf CreateBits(long value);

    /// <summary>Lanes holding the integers <paramref name="first"/>, <paramref name="first"/> + 1, … as bits.</summary>
    static abstract TSelf Sequence(long first);

    static abstract TSelf Load(ReadOnlySpan<double> source);

    /// <summary>Lane i holds <paramref name="table"/>[<paramref name="index"/>[i]].</summary>
    static abstract TSelf Gather(ReadOnlySpan<double> table, ReadOnlySpan<int> index);

    void Store(Span<double> destination);

    static abstract TSelf operator +(TSelf a, TSelf b);

    static abstract TSelf operator -(TSelf a, TSelf b);

    static abstract TSelf operator *(TSelf a, TSelf b);

    static abstract TSelf operator /(TSelf a, TSelf b);

    static abstract TSelf Sqrt(TSelf x);

    /// <summary>As <see cref="Math.Min(double, double)"/>: a NaN in either gives NaN, −0 is below +0.</summary>
    static abstract TSelf Min(TSelf a, TSelf b);

    /// <summary>As <see cref="Math.Max(double, double)"/>.</summary>
    static abstract TSelf Max(TSelf a, TSelf b);

    static abstract TSelf LessThan(TSelf a, TSelf b);

    static abstract TSelf GreaterThan(TSelf a, TSelf b);

    static abstract TSelf Equal(TSelf a, TSelf b);

    /// <summary>Whether any lane of the mask is set.</summary>
    static abstract bool Any(TSelf mask);

    /// <summary>Bits of <paramref name="whenTrue"/> where the mask is set, of <paramref name="whenFalse"/> elsewhere.</summary>
    static abstract TSelf Select(TSelf mask, TSelf whenTrue, TSelf whenFalse);

    static abstract TSelf And(TSelf a, TSelf b);

    static abstract TSelf Or(TSelf a, TSelf b);

    static abstract TSelf Xor(TSelf a, TSelf b);

    /// <summary>Integer sum of the bits (wrapping).</summary>
    static abstract TSelf AddBits(TSelf a, TSelf b);

    /// <summary>Integer difference of the bits (wrapping).</summary>
    static abstract TSelf SubtractBits(TSelf a, TSelf b);

    static abstract TSelf ShiftLeft(TSelf a, int count);

    static abstract TSelf ShiftRightLogical(TSelf a, int count);

    static abstract TSelf ShiftRightArithmetic(TSelf a, int count);

    /// <summary>The 64-bit product of the low 32 bits of each lane and <paramref name="factor"/>.</summary>
    static abstract TSelf MultiplyLow32(TSelf a, uint factor);
}

/// <summary>One lane: plain doubles.</summary>
public readonly struct Scalar(double value) : ILanes<Scalar>
{
    public readonly double Value = value;

    public static int Count => 1;

    private long Bits => BitConverter.DoubleToInt64Bits(Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar FromBits(long bits) => new(BitConverter.Int64BitsToDouble(bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Scalar Mask(bool set) => FromBits(set ? -1L : 0L);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Create(double value) => new(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar CreateBits(long value) => FromBits(value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Sequence(long first) => FromBits(first);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Load(ReadOnlySpan<double> source) => new(source[0]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Gather(ReadOnlySpan<double> table, ReadOnlySpan<int> index) => new(table[index[0]]);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => destination[0] = Value;

    public static Scalar operator +(Scalar a, Scalar b) => new(a.Value + b.Value);

    public static Scalar operator -(Scalar a, Scalar b) => new(a.Value - b.Value);

    public static Scalar operator *(Scalar a, Scalar b) => new(a.Value * b.Value);

    public static Scalar operator /(Scalar a, Scalar b) => new(a.Value / b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Sqrt(Scalar x) => new(Math.Sqrt(x.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Min(Scalar a, Scalar b) => new(Math.Min(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Max(Scalar a, Scalar b) => new(Math.Max(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar LessThan(Scalar a, Scalar b) => Mask(a.Value < b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar GreaterThan(Scalar a, Scalar b) => Mask(a.Value > b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Equal(Scalar a, Scalar b) => Mask(a.Value == b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Scalar mask) => mask.Bits != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Select(Scalar mask, Scalar whenTrue, Scalar whenFalse) => mask.Bits != 0 ? whenTrue : whenFalse;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar And(Scalar a, Scalar b) => FromBits(a.Bits & b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Or(Scalar a, Scalar b) => FromBits(a.Bits | b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar Xor(Scalar a, Scalar b) => FromBits(a.Bits ^ b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar AddBits(Scalar a, Scalar b) => FromBits(unchecked(a.Bits + b.Bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar SubtractBits(Scalar a, Scalar b) => FromBits(unchecked(a.Bits - b.Bits));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar ShiftLeft(Scalar a, int count) => FromBits(a.Bits << count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar ShiftRightLogical(Scalar a, int count) => FromBits(a.Bits >>> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar ShiftRightArithmetic(Scalar a, int count) => FromBits(a.Bits >> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Scalar MultiplyLow32(Scalar a, uint factor) => FromBits(unchecked((long)((ulong)(uint)a.Bits * factor)));
}

/// <summary>Four lanes of a 256-bit vector (used where 256-bit vectors are accelerated).</summary>
public readonly struct Lanes256(Vector256<double> value) : ILanes<Lanes256>
{
    public readonly Vector256<double> Value = value;

    public static int Count => Vector256<double>.Count;

    private Vector256<long> Bits => Value.AsInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Lanes256 FromBits(Vector256<long> bits) => new(bits.AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Create(double value) => new(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 CreateBits(long value) => FromBits(Vector256.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Sequence(long first) => FromBits(Vector256.Create(first) + Vector256<long>.Indices);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Load(ReadOnlySpan<double> source) => new(Vector256.Create(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Gather(ReadOnlySpan<double> table, ReadOnlySpan<int> index) =>
        new(Vector256.Create(table[index[0]], table[index[1]], table[index[2]], table[index[3]]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => Value.CopyTo(destination);

    public static Lanes256 operator +(Lanes256 a, Lanes256 b) => new(a.Value + b.Value);

    public static Lanes256 operator -(Lanes256 a, Lanes256 b) => new(a.Value - b.Value);

    public static Lanes256 operator *(Lanes256 a, Lanes256 b) => new(a.Value * b.Value);

    public static Lanes256 operator /(Lanes256 a, Lanes256 b) => new(a.Value / b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Sqrt(Lanes256 x) => new(Vector256.Sqrt(x.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Min(Lanes256 a, Lanes256 b) => new(Vector256.Min(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Max(Lanes256 a, Lanes256 b) => new(Vector256.Max(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 LessThan(Lanes256 a, Lanes256 b) => new(Vector256.LessThan(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 GreaterThan(Lanes256 a, Lanes256 b) => new(Vector256.GreaterThan(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Equal(Lanes256 a, Lanes256 b) => new(Vector256.Equals(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Lanes256 mask) => mask.Bits != Vector256<long>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Select(Lanes256 mask, Lanes256 whenTrue, Lanes256 whenFalse) =>
        new(Vector256.ConditionalSelect(mask.Value, whenTrue.Value, whenFalse.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 And(Lanes256 a, Lanes256 b) => new(a.Value & b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Or(Lanes256 a, Lanes256 b) => new(a.Value | b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 Xor(Lanes256 a, Lanes256 b) => new(a.Value ^ b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 AddBits(Lanes256 a, Lanes256 b) => FromBits(a.Bits + b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 SubtractBits(Lanes256 a, Lanes256 b) => FromBits(a.Bits - b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 ShiftLeft(Lanes256 a, int count) => FromBits(a.Bits << count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 ShiftRightLogical(Lanes256 a, int count) => FromBits(a.Bits >>> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 ShiftRightArithmetic(Lanes256 a, int count) => FromBits(a.Bits >> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes256 MultiplyLow32(Lanes256 a, uint factor) => Avx2.IsSupported
        ? FromBits(Avx2.Multiply(a.Value.AsUInt32(), Vector256.Create((ulong)factor).AsUInt32()).AsInt64())
        : FromBits((a.Bits & Vector256.Create(0xFFFFFFFFL)) * Vector256.Create((long)factor));
}

/// <summary>Eight lanes of a 512-bit vector (used where 512-bit vectors are accelerated).</summary>
public readonly struct Lanes512(Vector512<double> value) : ILanes<Lanes512>
{
    public readonly Vector512<double> Value = value;

    public static int Count => Vector512<double>.Count;

    private Vector512<long> Bits => Value.AsInt64();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Lanes512 FromBits(Vector512<long> bits) => new(bits.AsDouble());

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Create(double value) => new(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 CreateBits(long value) => FromBits(Vector512.Create(value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Sequence(long first) => FromBits(Vector512.Create(first) + Vector512<long>.Indices);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Load(ReadOnlySpan<double> source) => new(Vector512.Create(source));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Gather(ReadOnlySpan<double> table, ReadOnlySpan<int> index) =>
        new(Vector512.Create(
            table[index[0]], table[index[1]], table[index[2]], table[index[3]],
            table[index[4]], table[index[5]], table[index[6]], table[index[7]]));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Store(Span<double> destination) => Value.CopyTo(destination);

    public static Lanes512 operator +(Lanes512 a, Lanes512 b) => new(a.Value + b.Value);

    public static Lanes512 operator -(Lanes512 a, Lanes512 b) => new(a.Value - b.Value);

    public static Lanes512 operator *(Lanes512 a, Lanes512 b) => new(a.Value * b.Value);

    public static Lanes512 operator /(Lanes512 a, Lanes512 b) => new(a.Value / b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Sqrt(Lanes512 x) => new(Vector512.Sqrt(x.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Min(Lanes512 a, Lanes512 b) => new(Vector512.Min(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Max(Lanes512 a, Lanes512 b) => new(Vector512.Max(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 LessThan(Lanes512 a, Lanes512 b) => new(Vector512.LessThan(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 GreaterThan(Lanes512 a, Lanes512 b) => new(Vector512.GreaterThan(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Equal(Lanes512 a, Lanes512 b) => new(Vector512.Equals(a.Value, b.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool Any(Lanes512 mask) => mask.Bits != Vector512<long>.Zero;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Select(Lanes512 mask, Lanes512 whenTrue, Lanes512 whenFalse) =>
        new(Vector512.ConditionalSelect(mask.Value, whenTrue.Value, whenFalse.Value));

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 And(Lanes512 a, Lanes512 b) => new(a.Value & b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Or(Lanes512 a, Lanes512 b) => new(a.Value | b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 Xor(Lanes512 a, Lanes512 b) => new(a.Value ^ b.Value);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 AddBits(Lanes512 a, Lanes512 b) => FromBits(a.Bits + b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 SubtractBits(Lanes512 a, Lanes512 b) => FromBits(a.Bits - b.Bits);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 ShiftLeft(Lanes512 a, int count) => FromBits(a.Bits << count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 ShiftRightLogical(Lanes512 a, int count) => FromBits(a.Bits >>> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 ShiftRightArithmetic(Lanes512 a, int count) => FromBits(a.Bits >> count);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Lanes512 MultiplyLow32(Lanes512 a, uint factor) => Avx512F.IsSupported
        ? FromBits(Avx512F.Multiply(a.Value.AsUInt32(), Vector512.Create((ulong)factor).AsUInt32()).AsInt64())
        : FromBits((a.Bits & Vector512.Create(0xFFFFFFFFL)) * Vector512.Create((long)factor));
}

/// <summary>A per-element computation written once for any lanes: <see cref="Run{T}"/> does elements [index, index + T.Count).</summary>
public interface ILaneKernel
{
    void Run<T>(int index)
        where T : struct, ILanes<T>;
}

/// <summary>Runs a kernel over a range with the widest accelerated lanes, and one lane at a time for the rest.</summary>
public static class Lanes
{
    /// <summary>
    /// Regions worked out together by a kernel in passes over a block (January's rates, the random deviates): each pass
    /// leaves its doubles in a buffer of this many on the stack, 4 KiB, for the next.
    /// </summary>
    public const int PassBlock = 512;

    /// <summary>min(max(x, low), high): as <see cref="Math.Clamp(double, double, double)"/> but for the sign of a zero.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static T Clamp<T>(T x, T low, T high)
        where T : struct, ILanes<T> => T.Min(T.Max(x, low), high);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void For<TKernel>(ref TKernel kernel, int start, int end)
        where TKernel : struct, ILaneKernel, allows ref struct
    {
        var i = start;
        if (Vector512.IsHardwareAccelerated)
        {
            for (; i <= end - Lanes512.Count; i += Lanes512.Count)
            {
                kernel.Run<Lanes512>(i);
            }
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            for (; i <= end - Lanes256.Count; i += Lanes256.Count)
            {
                kernel.Run<Lanes256>(i);
            }
        }

        for (; i < end; i++)
        {
            kernel.Run<Scalar>(i);
        }
    }
}

using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using Westphalia.Numerics;

namespace Westphalia.Randomness;

/// <summary>
/// A counter-based random generator: Philox4x32-10 (Salmon et al., "Parallel random numbers: as easy as 1, 2, 3",
/// SC 2011). Every draw is a pure function of (seed, tick, stream, entity, index), so results do not depend on
/// the order in which entities are visited or on how many threads visit them.
/// </summary>
public readonly struct CounterRng
{
    private const uint M0 = 0xD2511F53;
    private const uint M1 = 0xCD9E8D57;
    private const uint W0 = 0x9E3779B9;
    private const uint W1 = 0xBB67AE85;

    private readonly uint _key0;
    private readonly uint _key1;

    public CounterRng(ulong seed)
    {
        Seed = seed;
        _key0 = (uint)seed;
        _key1 = (uint)(seed >> 32);
    }

    public ulong Seed { get; }

    /// <summary>Four independent uniformly distributed 32-bit words for the given counter.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public (uint A, uint B, uint C, uint D) Block(int tick, RngStream stream, int entity, uint index = 0)
    {
        uint c0 = (uint)tick, c1 = (uint)entity, c2 = (uint)stream, c3 = index;
        uint k0 = _key0, k1 = _key1;
        for (var round = 0; round < 10; round++)
        {
            var p0 = (ulong)M0 * c0;
            var p1 = (ulong)M1 * c2;
            var n0 = (uint)(p1 >> 32) ^ c1 ^ k0;
            var n1 = (uint)p1;
            var n2 = (uint)(p0 >> 32) ^ c3 ^ k1;
            var n3 = (uint)p0;
            c0 = n0;
            c1 = n1;
            c2 = n2;
            c3 = n3;
            k0 += W0;
            k1 += W1;
        }

        return (c0, c1, c2, c3);
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public double Uniform(int tick, RngStream stream, int entity, uint index = 0)
    {
        var (a, b, _, _) = Block(tick, stream, entity, index);
        return ToUnit(a, b);
    }

    /// <summary>Two independent standard normal deviates (Box–Muller) from one counter.</summary>
    public (double Z0, double Z1) Normal2(int tick, RngStream stream, int entity, uint index = 0)
    {
        var (a, b, c, d) = Block(tick, stream, entity, index);
        var u1 = 1.0 - ToUnit(a, b); // (0, 1]: log is finite
        var u2 = ToUnit(c, d);
        var r = Math.Sqrt(-2.0 * Math.Log(u1));
        var (sin, cos) = Math.SinCos(2.0 * Math.PI * u2);
        return (r * cos, r * sin);
    }

    /// <summary>A standard normal deviate.</summary>
    public double Normal(int tick, RngStream stream, int entity, uint index = 0) =>
        Normal2(tick, stream, entity, index).Z0;

    /// <summary>
    /// A standard normal deviate for <paramref name="entity"/>, drawn with a partner's from one counter: in each aligned
    /// block of sixteen entities, entity 16b + j (j &lt; 8) takes the first Box–Muller deviate of pair 8b + j and entity
    /// 16b + 8 + j the second, so that eight consecutive entities are eight lanes of one vector. The logarithm, square
    /// root and sine/cosine are <see cref="PortableMath"/>'s: the same bits with or without vectors. Pairs use the
    /// counter (tick, pair, stream, index), so entities 0, 1, … use pairs 0, 1, … and never a negative entity's counter.
    /// </summary>
    public double PairedNormal(int tick, RngStream stream, int entity, uint index = 0)
    {
        var (z0, z1) = NormalPair(tick, stream, Scalar.Sequence(PairOf(entity)), index);
        return (entity & 8) == 0 ? z0.Value : z1.Value;
    }

    /// <summary>
    /// <see cref="PairedNormal"/> for the entities <paramref name="first"/>, <paramref name="first"/> + 1, … into
    /// <paramref name="destination"/>, whole aligned blocks of sixteen with the widest accelerated vectors. The blocks are
    /// done in three passes, each a method of its own inlining at most one portable function (a call of one passes its
    /// vectors through the stack): the uniforms, the radii √(−2 ln u₁), and the rotation by the angle 2π u₂.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void PairedNormals(int tick, RngStream stream, int first, Span<double> destination, uint index = 0)
    {
        var end = first + destination.Length;
        var blocksStart = Math.Min(end, (first + 15) & ~15);
        var blocksEnd = Math.Max(blocksStart, end & ~15);
        for (var e = first; e < blocksStart; e++)
        {
            destination[e - first] = PairedNormal(tick, stream, e, index);
        }

        var blocks = destination[(blocksStart - first)..(blocksEnd - first)];
        if (Vector512.IsHardwareAccelerated)
        {
            PairBlocks<Lanes512>(tick, stream, blocksStart, blocks, index);
        }
        else if (Vector256.IsHardwareAccelerated)
        {
            PairBlocks<Lanes256>(tick, stream, blocksStart, blocks, index);
        }
        else
        {
            PairBlocks<Scalar>(tick, stream, blocksStart, blocks, index);
        }

        for (var e = blocksEnd; e < end; e++)
        {
            destination[e - first] = PairedNormal(tick, stream, e, index);
        }
    }

    private static int PairOf(int entity) => ((entity >> 4) * 8) + (entity & 7);

    /// <summary>The deviates of whole aligned blocks of sixteen entities from <paramref name="entity"/> on, in three passes.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void PairBlocks<T>(int tick, RngStream stream, int entity, Span<double> blocks, uint index)
        where T : struct, ILanes<T>
    {
        Uniforms<T>(tick, stream, entity, blocks, index);
        Radii<T>(blocks);
        Rotate<T>(blocks);
    }

    /// <summary>Each pair's uniforms: u₁ where its first deviate goes, u₂ where its second goes.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private void Uniforms<T>(int tick, RngStream stream, int entity, Span<double> blocks, uint index)
        where T : struct, ILanes<T>
    {
        for (var o = 0; o < blocks.Length; o += 16)
        {
            for (var j = 0; j < 8; j += T.Count)
            {
                var (u1, u2) = UnitPair(tick, stream, T.Sequence(PairOf(entity + o + j)), index);
                u1.Store(blocks[(o + j)..]);
                u2.Store(blocks[(o + 8 + j)..]);
            }
        }
    }

    /// <summary>√(−2 ln u₁) in place of each pair's u₁.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Radii<T>(Span<double> blocks)
        where T : struct, ILanes<T>
    {
        for (var o = 0; o < blocks.Length; o += 16)
        {
            for (var j = 0; j < 8; j += T.Count)
            {
                Radius(T.Load(blocks[(o + j)..])).Store(blocks[(o + j)..]);
            }
        }
    }

    /// <summary>The deviates r cos 2π u₂ and r sin 2π u₂ in place of each pair's radius r and u₂.</summary>
    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    private static void Rotate<T>(Span<double> blocks)
        where T : struct, ILanes<T>
    {
        for (var o = 0; o < blocks.Length; o += 16)
        {
            for (var j = 0; j < 8; j += T.Count)
            {
                var r = T.Load(blocks[(o + j)..]);
                var (sin, cos) = PortableMath.SinCosTurnsInline(T.Load(blocks[(o + 8 + j)..]));
                (r * cos).Store(blocks[(o + j)..]);
                (r * sin).Store(blocks[(o + 8 + j)..]);
            }
        }
    }

    /// <summary>√(−2 ln u₁), the Box–Muller radius.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T Radius<T>(T u1)
        where T : struct, ILanes<T> => T.Sqrt(T.Create(-2.0) * PortableMath.LogInline(u1));

    /// <summary>Box–Muller on the counter (tick, pair, stream, index) in each lane, the pair given as bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (T Z0, T Z1) NormalPair<T>(int tick, RngStream stream, T pair, uint index)
        where T : struct, ILanes<T>
    {
        var (u1, u2) = UnitPair(tick, stream, pair, index);
        var r = Radius(u1);
        var (sin, cos) = PortableMath.SinCosTurns(u2);
        return (r * cos, r * sin);
    }

    /// <summary>The pair's two uniforms from the counter (tick, pair, stream, index): u₁ in (0, 1], so that its logarithm is finite, and u₂ in [0, 1).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private (T U1, T U2) UnitPair<T>(int tick, RngStream stream, T pair, uint index)
        where T : struct, ILanes<T>
    {
        var (a, b, c, d) = Block(tick, stream, pair, index);
        return (T.Create(1.0) - ToUnit(a, b), ToUnit(c, d));
    }

    /// <summary><see cref="Block(int, RngStream, int, uint)"/> in each lane, with the entity word given as bits; the words come back in the lanes' low 32 bits.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal (T A, T B, T C, T D) Block<T>(int tick, RngStream stream, T entity, uint index)
        where T : struct, ILanes<T>
    {
        // The high halves of the lanes are never read by the 32-bit products and are cleared at the end.
        T c0 = T.CreateBits((uint)tick), c1 = entity, c2 = T.CreateBits((uint)stream), c3 = T.CreateBits(index);
        uint k0 = _key0, k1 = _key1;
        for (var round = 0; round < 10; round++)
        {
            var p0 = T.MultiplyLow32(c0, M0);
            var p1 = T.MultiplyLow32(c2, M1);
            var n0 = T.Xor(T.Xor(T.ShiftRightLogical(p1, 32), c1), T.CreateBits(k0));
            var n2 = T.Xor(T.Xor(T.ShiftRightLogical(p0, 32), c3), T.CreateBits(k1));
            c0 = n0;
            c1 = p1;
            c2 = n2;
            c3 = p0;
            k0 += W0;
            k1 += W1;
        }

        var low = T.CreateBits(0xFFFFFFFFL);
        return (T.And(c0, low), T.And(c1, low), T.And(c2, low), T.And(c3, low));
    }

    /// <summary><see cref="ToUnit(uint, uint)"/> in each lane: hi · 2^−32 + (lo &gt;&gt; 11) · 2^−53, both exact, as is their sum.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static T ToUnit<T>(T hi, T lo)
        where T : struct, ILanes<T>
    {
        var magic = T.CreateBits(0x4330000000000000L); // 2^52
        var twoPow52 = T.Create(4503599627370496.0);
        var high = T.Or(hi, magic) - twoPow52;
        var low = T.Or(T.ShiftRightLogical(lo, 11), magic) - twoPow52;
        return (high * T.Create(1.0 / (1UL << 32))) + (low * T.Create(1.0 / (1UL << 53)));
    }

    /// <summary>A uniform integer in [0, n).</summary>
    public int Below(int n, int tick, RngStream stream, int entity, uint index = 0)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        return (int)(Uniform(tick, stream, entity, index) * n);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double ToUnit(uint hi, uint lo) =>
        (((ulong)hi << 21) ^ (lo >> 11)) * (1.0 / (1UL << 53));
}

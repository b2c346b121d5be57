using System.Runtime.CompilerServices;

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

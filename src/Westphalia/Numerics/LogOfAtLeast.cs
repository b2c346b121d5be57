using System.Runtime.CompilerServices;

namespace Westphalia.Numerics;

/// <summary>
/// ln max(x, floor) for lanes of a block, <see cref="PortableMath"/>'s logarithm inlined: the first pass of the kernels
/// that take the logarithm of an income (a method of its own, so that it stays within the JIT's inlining budget).
/// </summary>
internal readonly ref struct LogOfAtLeast(ReadOnlySpan<double> x, double floor, Span<double> result) : ILaneKernel
{
    private readonly ReadOnlySpan<double> _x = x;
    private readonly double _floor = floor;
    private readonly Span<double> _result = result;

    [MethodImpl(MethodImplOptions.NoInlining | MethodImplOptions.AggressiveOptimization)]
    public void Run<T>(int i)
        where T : struct, ILanes<T> =>
        PortableMath.LogInline(T.Max(T.Load(_x[i..]), T.Create(_floor))).Store(_result[i..]);
}

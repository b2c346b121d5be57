using System.Diagnostics;
using System.Numerics;
using System.Runtime.InteropServices;

namespace Westphalia.Benchmarks;

/// <summary>
/// A STREAM-style triad, <c>a[i] = b[i] + s · c[i]</c> over <see cref="double"/> arrays, timed in this process so that
/// the quick run can compare the simulation with what the machine's caches and memory deliver. Each thread runs the
/// triad over its own contiguous slice of the three arrays; a repeat is timed from the start of the first slice to the
/// end of the last, and the best repeat is kept (the STREAM convention). Bandwidth counts 24 bytes per element, two
/// reads and one write, as STREAM does: the read of <c>a</c> that a write-allocate cache makes before writing it is not
/// counted, so the traffic on the memory bus is up to a third higher than the figure.
/// </summary>
public static class StreamTriad
{
    /// <summary>Bytes counted per element: read <c>b[i]</c> and <c>c[i]</c>, write <c>a[i]</c>.</summary>
    public const int BytesPerElement = 3 * sizeof(double);

    /// <summary>
    /// Best bandwidth in GB/s (10^9 bytes a second) of <paramref name="repeats"/> timed repeats of the triad over three
    /// arrays of <paramref name="bytesPerArray"/> bytes each, on <paramref name="threads"/> threads. Arrays small enough
    /// to stay in cache are swept several times per repeat, so that each repeat lasts at least about 20 ms.
    /// </summary>
    public static double Measure(long bytesPerArray, int threads, int repeats)
    {
        var length = (int)(bytesPerArray / sizeof(double));
        var a = new double[length];
        var b = new double[length];
        var c = new double[length];
        Array.Fill(a, 0.0);
        Array.Fill(b, 1.0);
        Array.Fill(c, 2.0);
        const double scalar = 3.0;

        // Sweeps per repeat: enough to last about 20 ms at 100 GB/s (so one sweep for arrays of hundreds of MB).
        var sweeps = (int)Math.Max(1, 2e9 / ((double)length * BytesPerElement));
        var slice = (length + threads - 1) / threads;
        void Run(int t)
        {
            var start = Math.Min(length, t * slice);
            var end = Math.Min(length, start + slice);
            for (var s = 0; s < sweeps; s++)
            {
                Triad(a.AsSpan(start, end - start), b.AsSpan(start, end - start), c.AsSpan(start, end - start), scalar);
            }
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = threads };
        var best = double.PositiveInfinity;
        for (var i = 0; i <= repeats; i++)
        {
            var stopwatch = Stopwatch.StartNew();
            if (threads == 1)
            {
                Run(0);
            }
            else
            {
                Parallel.For(0, threads, options, Run);
            }

            // The first pass warms the caches, the page tables and the JIT; it is not timed.
            if (i > 0)
            {
                best = Math.Min(best, stopwatch.Elapsed.TotalSeconds);
            }
        }

        if (a[length / 2] != 1.0 + (scalar * 2.0))
        {
            throw new InvalidOperationException("the triad computed a wrong value");
        }

        return (double)length * BytesPerElement * sweeps / best / 1e9;
    }

    /// <summary>a ← b + s · c, element by element, with vectors of the width <see cref="Vector{T}"/> has here.</summary>
    private static void Triad(Span<double> a, ReadOnlySpan<double> b, ReadOnlySpan<double> c, double s)
    {
        var i = 0;
        if (Vector.IsHardwareAccelerated)
        {
            var av = MemoryMarshal.Cast<double, Vector<double>>(a);
            var bv = MemoryMarshal.Cast<double, Vector<double>>(b);
            var cv = MemoryMarshal.Cast<double, Vector<double>>(c);
            var scalars = new Vector<double>(s);
            for (var v = 0; v < av.Length; v++)
            {
                av[v] = bv[v] + (scalars * cv[v]);
            }

            i = av.Length * Vector<double>.Count;
        }

        for (; i < a.Length; i++)
        {
            a[i] = b[i] + (s * c[i]);
        }
    }
}

namespace Westphalia;

/// <summary>
/// Runs per-region work on fixed ranges of regions. Each range writes only its own regions, so the result does not
/// depend on the number of threads or the order in which ranges run.
/// </summary>
public static class RegionParallel
{
    /// <summary>Regions per work item: large enough to amortise scheduling, small enough to balance load.</summary>
    public const int ChunkSize = 4096;

    /// <summary>States per work item when work is split by state.</summary>
    public const int StateChunkSize = 8;

    public static void For(int count, int threads, Action<int, int> body) => For(count, ChunkSize, threads, body);

    /// <summary>Runs <paramref name="body"/> on the ranges [k·chunk, (k+1)·chunk) of [0, count), on up to <paramref name="threads"/> threads.</summary>
    public static void For(int count, int chunkSize, int threads, Action<int, int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (threads <= 1 || count <= chunkSize)
        {
            body(0, count);
            return;
        }

        var chunks = (count + chunkSize - 1) / chunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            var start = chunk * chunkSize;
            body(start, Math.Min(count, start + chunkSize));
        });
    }

    /// <summary>
    /// <see cref="For(int, int, Action{int, int})"/> with state for each thread at work: each thread takes one from
    /// <paramref name="start"/>, runs <paramref name="body"/> on its ranges with it, and hands it to
    /// <paramref name="finish"/> (one thread: one state, all the regions). For sums that are the same whatever the
    /// order, such as whole numbers.
    /// </summary>
    public static void For<TLocal>(int count, int threads, Func<TLocal> start, Action<TLocal, int, int> body, Action<TLocal> finish)
    {
        ArgumentNullException.ThrowIfNull(start);
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(finish);
        if (threads <= 1 || count <= ChunkSize)
        {
            var local = start();
            body(local, 0, count);
            finish(local);
            return;
        }

        var chunks = (count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, start,
            (chunk, _, local) =>
            {
                var first = chunk * ChunkSize;
                body(local, first, Math.Min(count, first + ChunkSize));
                return local;
            },
            finish);
    }
}

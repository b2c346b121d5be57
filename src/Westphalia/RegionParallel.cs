namespace Westphalia;

/// <summary>
/// Runs per-region work on fixed ranges of regions. Each range writes only its own regions, so the result does not
/// depend on the number of threads or the order in which ranges run.
/// </summary>
public static class RegionParallel
{
    /// <summary>Regions per work item: large enough to amortise scheduling, small enough to balance load.</summary>
    public const int ChunkSize = 4096;

    public static void For(int count, int threads, Action<int, int> body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (threads <= 1 || count <= ChunkSize)
        {
            body(0, count);
            return;
        }

        var chunks = (count + ChunkSize - 1) / ChunkSize;
        Parallel.For(0, chunks, new ParallelOptions { MaxDegreeOfParallelism = threads }, chunk =>
        {
            var start = chunk * ChunkSize;
            body(start, Math.Min(count, start + ChunkSize));
        });
    }
}

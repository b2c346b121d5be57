using BenchmarkDotNet.Running;
using Westphalia.Benchmarks;

// dotnet run -c Release --project bench/Westphalia.Benchmarks -- --filter '*'   BenchmarkDotNet, every benchmark
// dotnet run -c Release --project bench/Westphalia.Benchmarks -- --quick        stopwatch loop, a fast check
//     [--regions 10000,100000] [--threads 1,2] [--repeats 7] [--profile] [--war]
//     [--roofline]: foundation and everything on at 10k, 100k and 1M regions, against a triad measured first
// dotnet run -c Release --project bench/Westphalia.Benchmarks -- --fingerprint  SHA-256 of the default scenario after 240 ticks
// dotnet run -c Release --project bench/Westphalia.Benchmarks -- --peers        geosim-2003 and cusack-stoll at the peers' world sizes,
//     ms per period; [--peer-dir DIR] runs the peers beside them (docs/PERFORMANCE.md, "Peers side by side")
//     [--repeats 5] [--warmup PERIODS] [--periods PERIODS] [--python PATH]
if (args.Contains("--quick"))
{
    return QuickRun.Run(args);
}

if (args.Contains("--peers"))
{
    return Peers.Run(args);
}

if (args.Contains("--fingerprint"))
{
    return Fingerprint.Run([.. args.Where(a => a != "--fingerprint")]);
}

BenchmarkSwitcher.FromAssembly(typeof(SyntheticWorldBenchmarks).Assembly).Run(args);
return 0;

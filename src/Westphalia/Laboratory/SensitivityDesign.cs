using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Westphalia.Laboratory;

/// <summary>
/// A sensitivity analysis (docs/LABORATORY.md): a method, its points in the unit cube of the factors' ranges, and the
/// sweep that runs them (<see cref="Runs"/>: every point on the seeds 1 to its replications, run
/// <c>id = point × replications + (replication − 1)</c>). Read one with <see cref="SensitivityFile"/>.
/// </summary>
public sealed class SensitivityDesign
{
    internal SensitivityDesign(SensitivityMethod method, int trajectories, int levels, int samples, ulong seed,
        IReadOnlyList<Outcome> outcomes, IReadOnlyList<double[]> unit, SweepDesign runs)
    {
        Method = method;
        Trajectories = trajectories;
        Levels = levels;
        Samples = samples;
        Seed = seed;
        Outcomes = outcomes;
        Unit = unit;
        Runs = runs;
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"westphalia sensitivity\nmethod {method}\ntrajectories {trajectories}\nlevels {levels}\nsamples {samples}\nseed {seed}\n");
        text.Append(CultureInfo.InvariantCulture, $"outcomes {string.Join(' ', outcomes.Select(o => o.Name))}\n");
        foreach (var f in runs.Factors)
        {
            text.Append(CultureInfo.InvariantCulture, $"factor {f.Path} {f.Min:R} {f.Max:R} {f.Integer}\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"runs {runs.Hash}\n");
        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    public SensitivityMethod Method { get; }

    /// <summary>Morris: the number of trajectories r (each <c>factors + 1</c> points); 0 for Sobol.</summary>
    public int Trajectories { get; }

    /// <summary>Morris: the levels p of the grid; 0 for Sobol.</summary>
    public int Levels { get; }

    /// <summary>Sobol: the base samples N (each <c>factors + 2</c> points); 0 for Morris.</summary>
    public int Samples { get; }

    /// <summary>The seed of the Morris sampler and of the bootstrap resamples; not a run's seed.</summary>
    public ulong Seed { get; }

    /// <summary>The outcomes analysed, measured on every run.</summary>
    public IReadOnlyList<Outcome> Outcomes { get; }

    /// <summary>The design points in the unit cube: <c>Unit[point][factor]</c> in [0, 1], the share of the factor's range.</summary>
    public IReadOnlyList<double[]> Unit { get; }

    /// <summary>The sweep that runs the points: the scenario, the years, the replications, the factors and each point's values.</summary>
    public SweepDesign Runs { get; }

    public IReadOnlyList<SweepFactor> Factors => Runs.Factors;

    public int RunCount => Runs.RunCount;

    /// <summary>The SHA-256 of the method, its settings, the outcomes, the factors' ranges and the sweep's own hash (every point's scenario).</summary>
    public string Hash { get; }
}

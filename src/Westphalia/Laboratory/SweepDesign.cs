using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Westphalia.Scenarios;

namespace Westphalia.Laboratory;

/// <summary>
/// A sweep (docs/LABORATORY.md): design points (a value of every factor each), each run on the seeds 1 to
/// <see cref="Replications"/>. Run <c>id = point × replications + (replication − 1)</c>, so runs are numbered point by
/// point and, within a point, seed by seed, from 0. Read one with <see cref="SweepFile"/>.
/// </summary>
public sealed class SweepDesign
{
    internal SweepDesign(string scenario, int? years, int replications, SweepKind kind, int samples, ulong samplerSeed,
        IReadOnlyList<string> set, IReadOnlyList<SweepFactor> factors, IReadOnlyList<IReadOnlyList<SweepValue>> points)
    {
        Scenario = scenario;
        Years = years;
        Replications = replications;
        Kind = kind;
        Samples = samples;
        SamplerSeed = samplerSeed;
        Set = set;
        Factors = factors;
        Points = points;
    }

    /// <summary>The built-in scenario's name, or the scenario file's path (resolved against the design file's folder).</summary>
    public string Scenario { get; }

    public int? Years { get; }

    public int Replications { get; }

    public SweepKind Kind { get; }

    /// <summary>Latin hypercube: the number of design points; 0 for a full factorial.</summary>
    public int Samples { get; }

    /// <summary>Latin hypercube: the sampler's seed.</summary>
    public ulong SamplerSeed { get; }

    /// <summary>Changes made to the scenario at every point, before the factors' (the <c>--set</c> syntax).</summary>
    public IReadOnlyList<string> Set { get; }

    public IReadOnlyList<SweepFactor> Factors { get; }

    /// <summary>The design points in order: each a value of every factor, in the order of <see cref="Factors"/>.</summary>
    public IReadOnlyList<IReadOnlyList<SweepValue>> Points { get; }

    public int RunCount => Points.Count * Replications;

    /// <summary>The SHA-256 of every point's scenario (seed 1), its factor values and the replications; set by <see cref="Check"/>.</summary>
    public string Hash { get; private set; } = "";

    /// <summary>The name of the scenario (from the first point).</summary>
    public string ScenarioName { get; private set; } = "";

    /// <summary>The length of every run in years (from the first point).</summary>
    public int RunYears { get; private set; }

    public int PointOf(int run) => run / Replications;

    /// <summary>The replication of a run, 1 to <see cref="Replications"/>; it is also the run's seed.</summary>
    public int ReplicationOf(int run) => (run % Replications) + 1;

    /// <summary>The changes that make a point's scenario: the common ones, the years, then each factor's value.</summary>
    public IReadOnlyList<string> Overrides(int point)
    {
        var list = new List<string>(Set);
        if (Years is { } y)
        {
            list.Add($"years={y.ToString(CultureInfo.InvariantCulture)}");
        }

        for (var k = 0; k < Factors.Count; k++)
        {
            list.Add($"{Factors[k].Path}={Points[point][k].Text}");
        }

        return list;
    }

    /// <summary>The scenario of a run: its point's scenario with the replication as its seed.</summary>
    public Scenario ScenarioOf(int run) =>
        ScenarioLoader.Load(Scenario, [.. Overrides(PointOf(run)), $"seed={ReplicationOf(run).ToString(CultureInfo.InvariantCulture)}"]);

    /// <summary>Loads every point's scenario, reporting each problem with its point, and computes <see cref="Hash"/>.</summary>
    internal void Check(string source)
    {
        var errors = new List<ScenarioError>();
        var hash = new StringBuilder();
        hash.Append(CultureInfo.InvariantCulture, $"westphalia sweep\nreplications {Replications}\nfactors {string.Join(' ', Factors.Select(f => $"{f.Path}:{f.Kind}"))}\n");
        for (var p = 0; p < Points.Count; p++)
        {
            try
            {
                var scenario = ScenarioLoader.Load(Scenario, [.. Overrides(p), "seed=1"]);
                if (p == 0)
                {
                    ScenarioName = scenario.Name;
                    RunYears = scenario.Years;
                }

                hash.Append(CultureInfo.InvariantCulture, $"point {p} {ScenarioWriter.Hash(scenario)} {string.Join(' ', Points[p].Select(v => v.Text))}\n");
            }
            catch (ScenarioException e)
            {
                var at = Factors.Count == 0 ? "" : ": " + string.Join(", ", Factors.Select((f, k) => $"{f.Path}={Points[p][k].Text}"));
                errors.AddRange(e.Errors.Select(x => x with { Message = $"{x.Message} (design point {p}{at}; design {source})" }));
                if (errors.Count >= 100)
                {
                    break;
                }
            }
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        Hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(hash.ToString())));
    }
}

using System.Globalization;
using Westphalia.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Laboratory;

/// <summary>
/// Reads a sensitivity analysis from a small YAML file (docs/LABORATORY.md, "Sensitivity analysis"): the scenario,
/// the years, the method (<c>morris</c> with its trajectories and levels, or <c>sobol</c> with its base samples), the
/// replications, the seed, common changes, the outcomes and the factors' ranges. Every problem is reported at once with
/// the file, line and column, before anything runs; then every point's scenario is loaded as a sweep's are
/// (<see cref="SweepFile"/>), and a point whose scenario is refused is reported with its values.
/// </summary>
public static class SensitivityFile
{
    /// <summary>At least this many factors: an analysis ranks factors against each other.</summary>
    public const int MinFactors = 2;

    /// <summary>At most this many factors (Sobol: two dimensions of the Sobol' sequence each).</summary>
    public const int MaxFactors = Saltelli.MaxFactors;

    /// <summary>At most this many Morris levels.</summary>
    public const int MaxLevels = 100;

    /// <summary>Morris trajectories when none are given.</summary>
    public const int DefaultTrajectories = 10;

    /// <summary>Morris levels when none are given.</summary>
    public const int DefaultLevels = 4;

    /// <summary>Sobol base samples when none are given.</summary>
    public const int DefaultSamples = 256;

    private static readonly string[] Keys = ["scenario", "years", "method", "trajectories", "levels", "samples", "replications", "seed", "set", "outcomes", "factors"];

    public static SensitivityDesign Read(string path) => DesignFields.Read(path, Parse);

    /// <summary>Parses a design; a scenario file it names is found relative to <paramref name="folder"/>.</summary>
    public static SensitivityDesign Parse(string text, string source, string folder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folder);
        var root = DesignFields.Root(text, source, "holds no sensitivity analysis: write 'method:' and 'factors:' (docs/LABORATORY.md)");

        var errors = new List<ScenarioError>();
        void Error(YamlNode node, string path, string message) =>
            errors.Add(new ScenarioError(source, (int)node.Start.Line, (int)node.Start.Column, path, message));
        void ErrorAtRoot(string path, string message) =>
            errors.Add(new ScenarioError(source, (int)root.Start.Line, (int)root.Start.Column, path, message));

        YamlNode? Get(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
        int? Whole(YamlNode node, string path, int minimum, int maximum) => DesignFields.Whole(node, path, minimum, maximum, Error);

        foreach (var key in root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
            {
                Error(key, name, $"unknown field; a sensitivity analysis has {string.Join(", ", Keys)}");
            }
        }

        var scenario = Get("scenario") is { } scenarioNode ? DesignFields.Scenario(scenarioNode, folder, Error) : ScenarioCatalog.DefaultName;
        int? years = Get("years") is { } yearsNode ? Whole(yearsNode, "years", 1, 9999) : null;
        var replications = Get("replications") is { } r ? Whole(r, "replications", 1, SweepFile.MaxReplications) ?? 1 : 1;
        var seed = Get("seed") is { } seedNode ? DesignFields.Seed(seedNode, Error) ?? 1 : 1UL;
        var set = Get("set") is { } setNode ? DesignFields.Set(setNode, Error) : [];

        // method and its settings
        SensitivityMethod? method = null;
        var methodNode = Get("method");
        switch ((methodNode as YamlScalarNode)?.Value)
        {
            case "morris": method = SensitivityMethod.Morris; break;
            case "sobol": method = SensitivityMethod.Sobol; break;
            case null when methodNode is null: ErrorAtRoot("method", "missing: write 'method: morris' or 'method: sobol'"); break;
            default: Error(methodNode!, "method", "morris or sobol"); break;
        }

        int trajectories = 0, levels = 0, samples = 0;
        var trajectoriesNode = Get("trajectories");
        var levelsNode = Get("levels");
        var samplesNode = Get("samples");
        if (method == SensitivityMethod.Morris)
        {
            trajectories = trajectoriesNode is null ? DefaultTrajectories : Whole(trajectoriesNode, "trajectories", 2, SweepFile.MaxRuns) ?? 0;
            levels = levelsNode is null ? DefaultLevels : Whole(levelsNode, "levels", 2, MaxLevels) ?? 0;
            if (levels % 2 != 0)
            {
                Error(levelsNode!, "levels", "an even number of levels, so that every step Δ = p / (2(p − 1)) stays on the grid");
                levels = 0;
            }

            if (samplesNode is not null)
            {
                Error(samplesNode, "samples", "only for sobol; a morris analysis has 'trajectories' and 'levels'");
            }
        }
        else if (method == SensitivityMethod.Sobol)
        {
            samples = samplesNode is null ? DefaultSamples : Whole(samplesNode, "samples", 2, SweepFile.MaxRuns) ?? 0;
            foreach (var (node, name) in new[] { (trajectoriesNode, "trajectories"), (levelsNode, "levels") })
            {
                if (node is not null)
                {
                    Error(node, name, "only for morris; a sobol analysis has 'samples', the number of base samples N");
                }
            }
        }

        // outcomes
        var outcomes = new List<Outcome>();
        if (Get("outcomes") is not { } outcomesNode)
        {
            outcomes.AddRange(Outcomes.All);
        }
        else if (outcomesNode is not YamlSequenceNode { Children.Count: > 0 } names)
        {
            Error(outcomesNode, "outcomes", $"a list of outcomes, e.g. [hsi, survival]; the outcomes are {string.Join(", ", Outcomes.All.Select(o => o.Name))}");
        }
        else
        {
            foreach (var item in names)
            {
                var name = (item as YamlScalarNode)?.Value ?? "";
                if (Outcomes.All.FirstOrDefault(o => o.Name == name) is not { } outcome)
                {
                    Error(item, "outcomes", $"unknown outcome '{ScenarioLoader.Shorten(name)}'; the outcomes are {string.Join(", ", Outcomes.All.Select(o => o.Name))}");
                }
                else if (outcomes.Contains(outcome))
                {
                    Error(item, "outcomes", $"the outcome {name} appears twice");
                }
                else
                {
                    outcomes.Add(outcome);
                }
            }
        }

        // factors
        var factors = new List<SweepFactor>();
        var factorsNode = Get("factors");
        if (factorsNode is not YamlMappingNode factorMap)
        {
            if (factorsNode is null)
            {
                ErrorAtRoot("factors", "missing: a mapping of scenario fields (as --set names them) to their ranges { min: A, max: B }");
            }
            else
            {
                Error(factorsNode, "factors", "a mapping of scenario fields (as --set names them) to their ranges { min: A, max: B }");
            }
        }
        else
        {
            if (factorMap.Children.Count < MinFactors)
            {
                Error(factorMap, "factors", $"{factorMap.Children.Count} factor{(factorMap.Children.Count == 1 ? "" : "s")}; a sensitivity analysis ranks at least {MinFactors}");
            }
            else if (factorMap.Children.Count > MaxFactors)
            {
                Error(factorMap, "factors", $"{factorMap.Children.Count} factors; at most {MaxFactors}");
            }

            foreach (var (keyNode, value) in factorMap.Children)
            {
                var path = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!DesignFields.FactorPath(keyNode, path, Error))
                {
                    continue;
                }

                if (outcomes.Any(o => o.Name == path))
                {
                    Error(keyNode, $"factors.{path}", "an outcome's column has this name; it cannot be a factor");
                }
                else if (value is YamlMappingNode range)
                {
                    if (DesignFields.Range(range, path, Error) is { } factor)
                    {
                        factors.Add(factor);
                    }
                }
                else
                {
                    Error(value, $"factors.{path}", "a range { min: A, max: B } (add integer: true for whole numbers)");
                }
            }
        }

        if (errors.Count == 0 && method is { } m)
        {
            var points = m == SensitivityMethod.Morris ? (long)trajectories * (factors.Count + 1) : (long)samples * Saltelli.RowsPerSample(factors.Count);
            var runs = points * replications;
            if (runs > SweepFile.MaxRuns)
            {
                var what = m == SensitivityMethod.Morris
                    ? $"{trajectories:N0} trajectories × ({factors.Count} factors + 1)"
                    : $"{samples:N0} samples × ({factors.Count} factors + 2)";
                Error(trajectoriesNode ?? samplesNode ?? methodNode!, m == SensitivityMethod.Morris ? "trajectories" : "samples",
                    $"{what} = {points:N0} points × {replications:N0} replications = {runs:N0} runs; at most {SweepFile.MaxRuns:N0}");
            }
            else
            {
                var unit = m == SensitivityMethod.Morris ? Morris.Sample(factors.Count, trajectories, levels, seed) : Saltelli.Sample(samples, factors.Count);
                var values = unit.Select(u => (IReadOnlyList<SweepValue>)[.. factors.Select((f, k) => Value(f, u[k]))]).ToList();
                var kind = m == SensitivityMethod.Morris ? SweepKind.Morris : SweepKind.Sobol;
                var sweep = new SweepDesign(scenario, years, replications, kind, values.Count, seed, set, factors, values);
                sweep.Check(source);
                return new SensitivityDesign(m, trajectories, levels, samples, seed, outcomes, unit, sweep);
            }
        }

        throw new ScenarioException(errors);
    }

    /// <summary>A factor's value at a share of its range; a real rounded to 15 significant digits, so 1/3 of 0.6 is given as 0.2.</summary>
    private static SweepValue Value(SweepFactor factor, double u)
    {
        var value = factor.At(u);
        if (factor.Integer)
        {
            return value;
        }

        var rounded = Math.Clamp(double.Parse(value.Number.ToString("G15", CultureInfo.InvariantCulture), CultureInfo.InvariantCulture), factor.Min, factor.Max);
        return new SweepValue(rounded.ToString("R", CultureInfo.InvariantCulture), rounded);
    }
}

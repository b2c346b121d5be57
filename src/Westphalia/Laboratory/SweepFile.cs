using System.Globalization;
using Westphalia.Metrics;
using Westphalia.Scenarios;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Laboratory;

/// <summary>
/// Reads a sweep design from a small YAML file (docs/LABORATORY.md, "Sweeps"): the scenario, the years, the
/// replications, the design (<c>full-factorial</c> or <c>latin-hypercube</c>), common changes and the factors. Every
/// problem is reported at once with the file, line and column; then every design point's scenario is loaded, and a
/// point whose scenario is refused is reported with its values.
/// </summary>
public static class SweepFile
{
    /// <summary>At most this many runs (design points × replications).</summary>
    public const int MaxRuns = 100_000;

    /// <summary>At most this many factors.</summary>
    public const int MaxFactors = 64;

    /// <summary>At most this many replications.</summary>
    public const int MaxReplications = 10_000;

    private static readonly string[] Keys = ["scenario", "years", "replications", "design", "samples", "seed", "set", "factors"];

    public static SweepDesign Read(string path) => DesignFields.Read(path, Parse);

    /// <summary>Parses a design; a scenario file it names is found relative to <paramref name="folder"/>.</summary>
    public static SweepDesign Parse(string text, string source, string folder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folder);
        var root = DesignFields.Root(text, source, "holds no sweep design: write 'scenario:', 'design:' and 'factors:' (docs/LABORATORY.md)");

        var errors = new List<ScenarioError>();
        void Error(YamlNode node, string path, string message) =>
            errors.Add(new ScenarioError(source, (int)node.Start.Line, (int)node.Start.Column, path, message));

        YamlNode? Get(string key) => root.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        foreach (var key in root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
            {
                Error(key, name, $"unknown field; a sweep design has {string.Join(", ", Keys)}");
            }
        }

        // scenario
        var scenario = Get("scenario") is { } scenarioNode ? DesignFields.Scenario(scenarioNode, folder, Error) : ScenarioCatalog.DefaultName;

        int? years = Get("years") is { } yearsNode ? Whole(yearsNode, "years", 1, 9999) : null;
        var replications = Get("replications") is { } r ? Whole(r, "replications", 1, MaxReplications) ?? 1 : 1;

        // design
        SweepKind? kind = null;
        var designNode = Get("design");
        switch ((designNode as YamlScalarNode)?.Value)
        {
            case "full-factorial": kind = SweepKind.FullFactorial; break;
            case "latin-hypercube": kind = SweepKind.LatinHypercube; break;
            case null when designNode is null:
                errors.Add(new ScenarioError(source, (int)root.Start.Line, (int)root.Start.Column, "design", "missing: write 'design: full-factorial' or 'design: latin-hypercube'"));
                break;
            default: Error(designNode!, "design", "full-factorial or latin-hypercube"); break;
        }

        var samples = 0;
        ulong samplerSeed = 1;
        var samplesNode = Get("samples");
        var seedNode = Get("seed");
        if (kind == SweepKind.LatinHypercube)
        {
            if (samplesNode is null)
            {
                Error(designNode!, "samples", "a latin-hypercube design needs 'samples', the number of design points");
            }
            else
            {
                samples = Whole(samplesNode, "samples", 1, MaxRuns) ?? 0;
            }

            if (seedNode is not null)
            {
                samplerSeed = DesignFields.Seed(seedNode, Error) ?? samplerSeed;
            }
        }

        else if (kind == SweepKind.FullFactorial)
        {
            if (samplesNode is not null)
            {
                Error(samplesNode, "samples", "only for latin-hypercube; a full factorial runs every combination of the levels");
            }

            if (seedNode is not null)
            {
                Error(seedNode, "seed", "only for latin-hypercube (the sampler's seed); the runs' seeds are 1 to 'replications'");
            }
        }

        // set
        var set = Get("set") is { } setNode ? DesignFields.Set(setNode, Error) : [];

        // factors
        var factors = new List<SweepFactor>();
        var factorsNode = Get("factors");
        if (factorsNode is not YamlMappingNode factorMap)
        {
            if (factorsNode is null)
            {
                errors.Add(new ScenarioError(source, (int)root.Start.Line, (int)root.Start.Column, "factors", "missing: a mapping of scenario fields (as --set names them) to their levels or ranges"));
            }
            else
            {
                Error(factorsNode, "factors", "a mapping of scenario fields (as --set names them) to their levels or ranges");
            }
        }
        else
        {
            if (factorMap.Children.Count == 0)
            {
                Error(factorMap, "factors", "no factors; name at least one scenario field to vary");
            }
            else if (factorMap.Children.Count > MaxFactors)
            {
                Error(factorMap, "factors", $"{factorMap.Children.Count} factors; at most {MaxFactors}");
            }

            foreach (var (keyNode, value) in factorMap.Children)
            {
                var path = (keyNode as YamlScalarNode)?.Value ?? "";
                var at = $"factors.{path}";
                if (!DesignFields.FactorPath(keyNode, path, Error))
                {
                    continue;
                }

                if (value is YamlSequenceNode levels)
                {
                    if (kind == SweepKind.LatinHypercube)
                    {
                        Error(value, at, "a latin-hypercube design samples ranges: write { min: A, max: B } (add integer: true for whole numbers)");
                    }
                    else if (Levels(levels, at) is { } factor)
                    {
                        factors.Add(factor);
                    }
                }
                else if (value is YamlMappingNode range)
                {
                    if (kind == SweepKind.FullFactorial)
                    {
                        Error(value, at, "a full-factorial design takes a list of levels, e.g. [0.01, 0.02]; ranges are for latin-hypercube");
                    }
                    else if (DesignFields.Range(range, path, Error) is { } factor)
                    {
                        factors.Add(factor);
                    }
                }
                else
                {
                    Error(value, at, "a list of levels (full-factorial) or a range { min: A, max: B } (latin-hypercube)");
                }
            }
        }

        if (errors.Count == 0 && kind is { } k)
        {
            var points = k == SweepKind.FullFactorial ? Factorial(factors) : Sample(factors, samples, samplerSeed);
            if ((long)points.Count * replications > MaxRuns)
            {
                Error(factorsNode!, "factors", $"{points.Count:N0} design points × {replications:N0} replications = {(long)points.Count * replications:N0} runs; at most {MaxRuns:N0}");
            }
            else
            {
                var design = new SweepDesign(scenario, years, replications, k, samples, samplerSeed, set, factors, points);
                design.Check(source);
                return design;
            }
        }

        throw new ScenarioException(errors);

        int? Whole(YamlNode node, string path, int minimum, int maximum) => DesignFields.Whole(node, path, minimum, maximum, Error);

        SweepFactor? Levels(YamlSequenceNode levels, string at)
        {
            if (levels.Children.Count == 0)
            {
                Error(levels, at, "no levels; give at least one");
                return null;
            }

            var values = new List<(YamlScalarNode Node, string Text)>();
            foreach (var level in levels)
            {
                if (level is YamlScalarNode { Value: { Length: > 0 } v } scalar && !v.Contains('\n', StringComparison.Ordinal))
                {
                    if (values.Any(x => x.Text == v))
                    {
                        Error(level, at, $"the level {v} appears twice");
                    }

                    values.Add((scalar, v));
                }
                else
                {
                    Error(level, at, "a level is one number, word or boolean");
                }
            }

            if (values.Count != levels.Children.Count)
            {
                return null;
            }

            static bool Plain(YamlScalarNode n) => n.Style is ScalarStyle.Plain or ScalarStyle.Any;
            if (values.All(x => Plain(x.Node) && x.Text is "true" or "false"))
            {
                return new SweepFactor(at["factors.".Length..], ColumnKind.Bool, [.. values.Select(x => new SweepValue(x.Text, Flag: x.Text == "true"))]);
            }

            if (values.All(x => Plain(x.Node) && long.TryParse(x.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _)))
            {
                return new SweepFactor(at["factors.".Length..], ColumnKind.Long, [.. values.Select(x => new SweepValue(x.Text, long.Parse(x.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture)))]);
            }

            if (values.All(x => Plain(x.Node) && double.TryParse(x.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d)))
            {
                return new SweepFactor(at["factors.".Length..], ColumnKind.Double, [.. values.Select(x => new SweepValue(x.Text, double.Parse(x.Text, NumberStyles.Float, CultureInfo.InvariantCulture)))]);
            }

            return new SweepFactor(at["factors.".Length..], ColumnKind.Text, [.. values.Select(x => new SweepValue(x.Text))]);
        }
    }

    /// <summary>Every combination of the levels; the first factor varies slowest and the last fastest, as nested loops in the file's order.</summary>
    private static List<IReadOnlyList<SweepValue>> Factorial(IReadOnlyList<SweepFactor> factors)
    {
        long count = 1;
        foreach (var f in factors)
        {
            count *= f.Levels.Count;
            if (count > MaxRuns)
            {
                return [.. Enumerable.Repeat<IReadOnlyList<SweepValue>>([], MaxRuns + 1)];
            }
        }

        var points = new List<IReadOnlyList<SweepValue>>((int)count);
        var index = new int[factors.Count];
        for (var p = 0; p < count; p++)
        {
            var rest = p;
            for (var k = factors.Count - 1; k >= 0; k--)
            {
                index[k] = rest % factors[k].Levels.Count;
                rest /= factors[k].Levels.Count;
            }

            points.Add([.. factors.Select((f, k) => f.Levels[index[k]])]);
        }

        return points;
    }

    private static List<IReadOnlyList<SweepValue>> Sample(IReadOnlyList<SweepFactor> factors, int samples, ulong seed)
    {
        var unit = LatinHypercube.Sample(samples, factors.Count, seed);
        return [.. unit.Select(u => (IReadOnlyList<SweepValue>)[.. factors.Select((f, k) => f.At(u[k]))])];
    }
}

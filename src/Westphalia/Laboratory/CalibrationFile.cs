using System.Globalization;
using Westphalia.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Laboratory;

/// <summary>
/// Reads a calibration file (docs/VALIDATION.md, "Calibration as a procedure"):
/// <code>
/// scenario: default
/// years: 20
/// seeds: 4                       # the calibration seeds 1..4 (at most 1,000: later seeds are validation's)
/// evaluations: 60                # the search's budget
/// set: ["..."]                   # optional changes before the parameters'
/// parameters:                    # the declared calibration parameters, as --set names them, with their ranges
///   parameters.demography.death_rate_scale: { min: 0.5, max: 1.2 }
/// targets:
///   - measure: growth(population, 2000, 2019)
///     published: 0.012
///     scale: 0.001               # a miss of one scale costs 1
///     source: UN WPP 2019
/// </code>
/// Every problem is reported at once with file, line and column, before anything runs; the file goes through the
/// limits of a scenario file.
/// </summary>
public static class CalibrationFile
{
    public const int MaxEvaluations = 10_000;
    public const int MaxParameters = 32;
    public const int MaxTargets = 64;

    private static readonly string[] Keys = ["scenario", "years", "seeds", "evaluations", "set", "parameters", "targets"];
    private static readonly string[] TargetKeys = ["measure", "published", "scale", "source"];

    public static CalibrationDesign Read(string path) => DesignFields.Read(path, Parse);

    public static CalibrationDesign Parse(string text, string source, string folder)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(folder);
        var root = DesignFields.Root(text, source, "holds no calibration: write 'parameters:' and 'targets:' (docs/VALIDATION.md)");
        var errors = new List<ScenarioError>();
        void Error(YamlNode node, string path, string message) =>
            errors.Add(new ScenarioError(source, (int)node.Start.Line, (int)node.Start.Column, path, message));
        YamlNode? Get(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

        foreach (var key in root.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "";
            if (!Keys.Contains(name))
            {
                Error(key, name, $"unknown field; a calibration has {string.Join(", ", Keys)}");
            }
        }

        var scenario = Get(root, "scenario") is { } scenarioNode ? DesignFields.Scenario(scenarioNode, folder, Error) : ScenarioCatalog.DefaultName;
        var set = Get(root, "set") is { } setNode ? DesignFields.Set(setNode, Error) : [];
        if (Get(root, "years") is { } yearsNode && DesignFields.Whole(yearsNode, "years", 1, 9999, Error) is { } years)
        {
            set.Insert(0, $"years={years.ToString(CultureInfo.InvariantCulture)}");
        }

        var seeds = 1;
        if (Get(root, "seeds") is { } seedsNode)
        {
            seeds = DesignFields.Whole(seedsNode, "seeds", 1, CalibrationDesign.MaxSeed, (n, p, m) => Error(n, p, $"{m}: the calibration seeds are 1 to {CalibrationDesign.MaxSeed:N0}; later seeds are kept for validation")) ?? 1;
        }

        var evaluations = Get(root, "evaluations") is { } evaluationsNode ? DesignFields.Whole(evaluationsNode, "evaluations", 1, MaxEvaluations, Error) ?? 1 : 60;

        var parameters = new List<SweepFactor>();
        if (Get(root, "parameters") is YamlMappingNode parameterNodes && parameterNodes.Children.Count > 0)
        {
            foreach (var (keyNode, value) in parameterNodes.Children)
            {
                var path = (keyNode as YamlScalarNode)?.Value ?? "";
                if (!DesignFields.FactorPath(keyNode, path, (n, _, m) => Error(n, $"parameters.{path}", m)))
                {
                    continue;
                }

                if (value is not YamlMappingNode range)
                {
                    Error(value, $"parameters.{path}", "a range { min: A, max: B }");
                    continue;
                }

                if (DesignFields.Range(range, path, (n, p, m) => Error(n, p.StartsWith("factors.", StringComparison.Ordinal) ? $"parameters.{p[8..]}" : p, m)) is { } factor)
                {
                    parameters.Add(factor);
                }
            }
        }
        else
        {
            Error(Get(root, "parameters") ?? root, "parameters", "the declared calibration parameters: a mapping of scenario fields (as --set names them) to ranges { min: A, max: B }");
        }

        if (parameters.Count > MaxParameters)
        {
            Error(Get(root, "parameters")!, "parameters", $"{parameters.Count} parameters; at most {MaxParameters}");
        }

        var targets = new List<CalibrationTarget>();
        if (Get(root, "targets") is YamlSequenceNode targetNodes && targetNodes.Children.Count > 0)
        {
            for (var i = 0; i < targetNodes.Children.Count; i++)
            {
                var at = $"targets[{i}]";
                if (targetNodes.Children[i] is not YamlMappingNode t)
                {
                    Error(targetNodes.Children[i], at, "a target: measure, published, scale and source");
                    continue;
                }

                foreach (var key in t.Children.Keys)
                {
                    if (!TargetKeys.Contains((key as YamlScalarNode)?.Value ?? ""))
                    {
                        Error(key, $"{at}.{(key as YamlScalarNode)?.Value}", $"unknown field; a target has {string.Join(", ", TargetKeys)}");
                    }
                }

                CalibrationMeasure? measure = null;
                if (Get(t, "measure") is not YamlScalarNode { Value: { } m } measureNode || !CalibrationMeasure.TryParse(m, out measure))
                {
                    Error(Get(t, "measure") ?? t, $"{at}.measure", "value(COLUMN, YEAR), mean(COLUMN, FROM, TO), change(COLUMN, FROM, TO), growth(COLUMN, FROM, TO) or ratio(COLUMN, OTHER, YEAR) of world-table columns, FROM < TO for growth; or civil_war(onset_rate), civil_war(duration), civil_war(relapse)");
                }
                else if (measure!.OfWorldTable && new[] { measure.Column, measure.Other }.FirstOrDefault(c => c.Length > 0 && !Observers.WorldObserver.Columns.Any(w => w.Name == c)) is { } unknown)
                {
                    Error(measureNode, $"{at}.measure", $"'{unknown}' is not a column of the world table (docs/OUTPUTS.md, world.csv)");
                    measure = null;
                }

                var published = Number(t, "published", at, allowZero: true);
                var scale = Number(t, "scale", at, allowZero: false);
                var sourceText = Get(t, "source") is YamlScalarNode { Value: { Length: > 0 } s } ? s : "";
                if (sourceText.Length == 0)
                {
                    Error(Get(t, "source") ?? t, $"{at}.source", "where the published value comes from");
                }

                if (measure is not null && published is { } p && scale is { } sc)
                {
                    targets.Add(new CalibrationTarget(measure, p, sc, sourceText));
                }
            }
        }
        else
        {
            Error(Get(root, "targets") ?? root, "targets", "a list of calibration targets: measure, published, scale and source");
        }

        if (targets.Count > MaxTargets)
        {
            Error(Get(root, "targets")!, "targets", $"{targets.Count} targets; at most {MaxTargets}");
        }

        if (errors.Count > 0)
        {
            throw new ScenarioException(errors);
        }

        var design = new CalibrationDesign(scenario, set, seeds, parameters, targets, evaluations);
        try
        {
            // The scenario at the middle of every range must load: a path the scenario does not have is named now.
            _ = design.Scenario([.. parameters.Select(f => (f.Min + f.Max) / 2)], 1);
        }
        catch (ScenarioException e)
        {
            throw new ScenarioException([.. e.Errors.Select(x => x with { Message = $"{x.Message} (calibration {Path.GetFileName(source)})" })]);
        }

        return design;

        double? Number(YamlMappingNode t, string key, string at, bool allowZero)
        {
            if (Get(t, key) is YamlScalarNode { Value: { } v } node)
            {
                if (double.TryParse(v, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) && double.IsFinite(d) && (allowZero || d > 0))
                {
                    return d;
                }

                Error(node, $"{at}.{key}", allowZero ? "a finite number" : "a number above 0");
                return null;
            }

            Error(Get(t, key) ?? t, $"{at}.{key}", allowZero ? "missing: the published value" : "missing: the scale of a miss, in the measure's unit");
            return null;
        }
    }
}

using MathNet.Numerics.LinearAlgebra;
using MathNet.Numerics.Optimization;
using Westphalia.Scenarios;
using YamlDotNet.RepresentationModel;

namespace Westphalia.Laboratory;

/// <summary>
/// <c>westphalia calibrate</c>: fits the declared parameters to the calibration targets on the calibration seeds.
/// The objective is Σ ((m_k − p_k) / s_k)², m_k a target's measure averaged over the seeds 1…N, p_k its published value
/// and s_k its scale. Every evaluation runs the same seeds (common random numbers), so the objective is a deterministic
/// function of the parameters and the search is repeatable. The search is the Nelder–Mead simplex (MathNet.Numerics,
/// MIT) over the parameters scaled to [0, 1] of their ranges (values outside are held at the bound), starting at the
/// scenario's own values with a simplex a fifth of each range wide, stopping when the objective's spread over the
/// simplex falls below 1e-4 or the budget of evaluations is spent; the best point evaluated is the result.
/// </summary>
public static class Calibration
{
    public const double Tolerance = 1e-4;
    public const double InitialStep = 0.2;

    public static CalibrationResult Run(CalibrationDesign design, int threads, Action<CalibrationEvaluation>? evaluated = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(design);
        var evaluations = new List<CalibrationEvaluation>();
        var k = design.Parameters.Count;
        double[] Values(Vector<double> u) => [.. design.Parameters.Select((p, i) => p.Min + (Math.Clamp(u[i], 0, 1) * (p.Max - p.Min)))];

        CalibrationEvaluation Evaluate(double[] values)
        {
            cancellation.ThrowIfCancellationRequested();
            var measures = Ensemble.Run(design.Seeds, i => design.Scenario(values, i + 1), threads,
                (_, s) => design.Targets.Select(t => t.Measure.Of(s)).ToArray(), cancellation: cancellation);

            // A civil-war figure is NaN in a run with no war to measure: its mean is over the runs that have one.
            var mean = Enumerable.Range(0, design.Targets.Count).Select(t =>
            {
                var counted = measures.Select(m => m[t]).Where(v => design.Targets[t].Measure.OfWorldTable || double.IsFinite(v)).ToList();
                return counted.Count > 0 ? counted.Average() : double.NaN;
            }).ToArray();
            var objective = design.Targets.Select((t, i) => Math.Pow((mean[i] - t.Published) / t.Scale, 2)).Sum();
            var evaluation = new CalibrationEvaluation(evaluations.Count, values, mean, double.IsFinite(objective) ? objective : double.MaxValue);
            evaluations.Add(evaluation);
            evaluated?.Invoke(evaluation);
            return evaluation;
        }

        var start = Start(design);
        Evaluate(start);
        var stop = "the budget of evaluations is spent";
        if (design.Evaluations > 1)
        {
            var startU = Vector<double>.Build.DenseOfEnumerable(design.Parameters.Select((p, i) => p.Max > p.Min ? (start[i] - p.Min) / (p.Max - p.Min) : 0));
            var objective = ObjectiveFunction.Value(u =>
            {
                if (evaluations.Count >= design.Evaluations)
                {
                    throw new BudgetSpent();
                }

                return Evaluate(Values(u)).Objective;
            });
            try
            {
                // The first vertex is the start, already evaluated; MathNet evaluates it again, which costs one evaluation.
                new NelderMeadSimplex(Tolerance, int.MaxValue).FindMinimum(objective, startU, Vector<double>.Build.Dense(k, InitialStep));
                stop = $"converged: the objective's spread over the simplex fell below {Tolerance}";
            }
            catch (BudgetSpent)
            {
            }
            catch (MathNet.Numerics.Optimization.MaximumIterationsException)
            {
            }
        }

        return new CalibrationResult(design, evaluations, stop);
    }

    /// <summary>The scenario's own values of the parameters (the shipped defaults), held within their ranges; the middle of a range where the scenario has no number there.</summary>
    public static double[] Start(CalibrationDesign design)
    {
        ArgumentNullException.ThrowIfNull(design);
        var scenario = ScenarioLoader.Load(design.ScenarioName, design.Set);
        var yaml = new YamlStream();
        yaml.Load(new StringReader(ScenarioWriter.ToYaml(scenario)));
        var root = yaml.Documents[0].RootNode;
        return [.. design.Parameters.Select(p =>
        {
            YamlNode? node = root;
            foreach (var segment in ScenarioPath.Split(p.Path))
            {
                node = node is YamlMappingNode map && map.Children.TryGetValue(new YamlScalarNode(segment), out var child) ? child : null;
            }

            return node is YamlScalarNode { Value: { } v } && double.TryParse(v, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var x)
                ? Math.Clamp(x, p.Min, p.Max)
                : (p.Min + p.Max) / 2;
        })];
    }

    private sealed class BudgetSpent : Exception;
}

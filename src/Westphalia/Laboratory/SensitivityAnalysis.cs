using System.Globalization;

namespace Westphalia.Laboratory;

/// <summary>
/// The indices of a sensitivity analysis from its runs' outcomes: each design point's outcomes are averaged over its
/// replications (the seeds 1 to <c>replications</c>, the same at every point), and the method's estimators
/// (<see cref="Laboratory.Morris"/>, <see cref="Saltelli"/>) read the averages. A pure function of the design and the
/// outcomes, so the same runs give the same indices whatever the order they finished in.
/// </summary>
public sealed class SensitivityAnalysis
{
    /// <summary>Under this share of the largest μ*, a factor's effect counts as not measurable (Morris).</summary>
    public const double NegligibleMuStarShare = 0.05;

    /// <summary>A total-order index whose interval reaches below this counts as not measurable (Sobol).</summary>
    public const double NegligibleTotalIndex = 0.01;

    private SensitivityAnalysis(SensitivityDesign design, IReadOnlyList<double[]> runs, IReadOnlyList<SensitivityIndex> indices)
    {
        Design = design;
        Runs = runs;
        Indices = indices;
    }

    public SensitivityDesign Design { get; }

    /// <summary>Every run's outcomes, by run id: <c>Runs[run][k]</c> is outcome k of <see cref="SensitivityDesign.Outcomes"/>.</summary>
    public IReadOnlyList<double[]> Runs { get; }

    /// <summary>One per outcome and factor: outcome by outcome in the design's order, each outcome's factors by rank.</summary>
    public IReadOnlyList<SensitivityIndex> Indices { get; }

    /// <summary>The analysis of the runs' outcomes (<c>runs[run][k]</c>, outcome k of the design's, in run id order).</summary>
    public static SensitivityAnalysis Of(SensitivityDesign design, IReadOnlyList<double[]> runs)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(runs);
        if (runs.Count != design.RunCount || runs.Any(r => r.Length != design.Outcomes.Count))
        {
            throw new ArgumentException($"{runs.Count} runs; the design has {design.RunCount}, each with {design.Outcomes.Count} outcomes", nameof(runs));
        }

        var points = design.Runs.Points.Count;
        var replications = design.Runs.Replications;
        var indices = new List<SensitivityIndex>();
        for (var k = 0; k < design.Outcomes.Count; k++)
        {
            var y = new double[points];
            for (var p = 0; p < points; p++)
            {
                double sum = 0;
                for (var r = 0; r < replications; r++)
                {
                    sum += runs[(p * replications) + r][k];
                }

                y[p] = sum / replications;
            }

            var found = new List<(SweepFactor Factor, MorrisIndex? Morris, SobolIndex? Sobol)>();
            if (design.Method == SensitivityMethod.Morris)
            {
                var morris = Laboratory.Morris.Analyze(design.Unit, y, design.Trajectories, design.Seed);
                found.AddRange(design.Factors.Select((f, i) => (f, (MorrisIndex?)morris[i], (SobolIndex?)null)));
            }
            else
            {
                var sobol = Saltelli.Analyze(y, design.Samples, design.Factors.Count, design.Seed);
                found.AddRange(design.Factors.Select((f, i) => (f, (MorrisIndex?)null, (SobolIndex?)sobol[i])));
            }

            var outcome = design.Outcomes[k];
            var ranked = found.Select((x, i) => (x, i, Importance: x.Morris?.MuStar ?? x.Sobol!.ST))
                .OrderBy(x => double.IsNaN(x.Importance) ? 1 : 0)
                .ThenByDescending(x => double.IsNaN(x.Importance) ? 0 : x.Importance)
                .ThenBy(x => x.i)
                .ToList();
            indices.AddRange(ranked.Select((x, rank) => new SensitivityIndex(outcome, x.x.Factor, rank + 1, x.x.Morris, x.x.Sobol)));
        }

        return new SensitivityAnalysis(design, runs, indices);
    }

    /// <summary>An outcome's factors by rank.</summary>
    public IReadOnlyList<SensitivityIndex> Ranking(Outcome outcome) => [.. Indices.Where(i => i.Outcome == outcome)];

    /// <summary>Whether a factor's effect on its outcome is too small to count (<see cref="NegligibleMuStarShare"/>, <see cref="NegligibleTotalIndex"/>).</summary>
    public bool IsNegligible(SensitivityIndex index)
    {
        ArgumentNullException.ThrowIfNull(index);
        if (index.Morris is { } m)
        {
            var largest = Ranking(index.Outcome)[0].Importance;
            return !(m.MuStar > NegligibleMuStarShare * largest);
        }

        return !(index.Sobol!.STLow >= NegligibleTotalIndex);
    }

    /// <summary>A one-line reading of an outcome's ranking: what drives it most, and which factors have no measurable effect.</summary>
    public string Reading(Outcome outcome)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        var ranking = Ranking(outcome);
        var top = ranking[0];
        if (!(top.Importance > 0))
        {
            return $"{Capitalised(outcome.Label)} did not vary over the design: no factor has a measurable effect on it.";
        }

        var inv = CultureInfo.InvariantCulture;
        var measure = top.Morris is not null
            ? $"μ* = {Format(top.Importance)}"
            : string.Create(inv, $"ST = {top.Importance:F2}, so about {Math.Clamp(top.Importance, 0, 1) * 100:F0}% of its variance involves it");
        var text = $"{top.Factor.Path} drives {outcome.Label} most ({measure})";
        var none = ranking.Where(IsNegligible).Select(i => i.Factor.Path).ToList();
        var rest = none.Count == 0 ? "every factor has a measurable effect"
            : none.Count == 1 ? $"{none[0]} has no measurable effect"
            : $"{string.Join(", ", none.Take(none.Count - 1))} and {none[^1]} have no measurable effect";
        if (top.Morris is { } morris && morris.Sigma > morris.MuStar)
        {
            text += "; its effect varies from point to point (σ > μ*: non-linear, or tied to other factors)";
        }

        return $"{text}; {rest}.";
    }

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>A number to about three significant figures, for reports.</summary>
    public static string Format(double value)
    {
        if (double.IsNaN(value))
        {
            return "–";
        }

        var magnitude = Math.Abs(value);
        var format = magnitude >= 1000 ? "N0" : magnitude >= 100 ? "F1" : magnitude >= 10 ? "F2" : magnitude >= 1 ? "F3" : magnitude == 0 ? "F0" : "G3";
        return value.ToString(format, CultureInfo.InvariantCulture);
    }
}

using System.Globalization;
using Westphalia.Scenarios;
using Westphalia.Statistics;

namespace Westphalia.Validation;

/// <summary>
/// The power-law tail of interstate war severity, fitted with the Clauset–Shalizi–Newman method (MLE, x_min by
/// minimum KS distance, bootstrap interval, goodness-of-fit p-value) to the battle deaths of every war that ended in
/// sixty runs of the default scenario without the United Nations and arms-control treaties, beside Clauset (2018): α = 1.53 ± 0.07 for the 95 Correlates of War
/// inter-state wars of 1823–2003, 95% interval [1.37, 1.76]. Holds when the fitted α lies in the published interval.
/// </summary>
public sealed class WarSeverityTarget : IValidationTarget
{
    public const string ScenarioName = ScenarioCatalog.DefaultName;
    public const int Runs = 60;
    public const double Low = 1.37;
    public const double High = 1.76;

    /// <summary>The default scenario as it was before collective and cooperative security.</summary>
    public static readonly string[] Settings = ["parameters.united_nations.enabled=false", "parameters.treaties.enabled=false"];

    public string Name => "war-severity";

    public string Description => "Power-law tail of war battle deaths (CSN fit) vs Clauset 2018 (alpha 1.53, 95% [1.37, 1.76])";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var sizes = new List<double>[Runs];
        Replications.ForEach(sizes.Length, threads, cancellation, i =>
        {
            // The Correlates of War data of 1823-2003 come mostly from before the UN and arms control, so the United
            // Nations and the treaties of cooperative security are off here.
            var simulation = Replications.Run(ScenarioName, i + 1, Settings, cancellation);
            sizes[i] = simulation.War.Wars.EndedWarSizes();
        });

        var all = sizes.SelectMany(s => s).Where(s => s > 0).ToArray();
        var options = new PowerLawOptions { Replicates = 500, Seed = 2018, MaxDegreeOfParallelism = Math.Max(1, threads) };
        var uncertainty = PowerLaw.Bootstrap(all, options);
        var goodness = PowerLaw.GoodnessOfFit(all, options with { Replicates = 200 });
        var fit = uncertainty.Fit;
        var inv = CultureInfo.InvariantCulture;
        var detail = string.Create(inv,
            $"{ScenarioName}, {sizes.Length} runs, {all.Length} wars; x_min {fit.XMin:G4} ({fit.TailCount} wars in the tail); 95% bootstrap interval [{uncertainty.AlphaLower:F2}, {uncertainty.AlphaUpper:F2}]; goodness-of-fit p = {goodness.PValue:F2}");
        return [new ValidationResult(Name, fit.Alpha, "1.53 (95% [1.37, 1.76], Clauset 2018, COW 1823-2003)", fit.Alpha is >= Low and <= High, detail)];
    }
}

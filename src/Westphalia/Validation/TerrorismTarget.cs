using System.Globalization;
using Westphalia.Conflict;
using Westphalia.Scenarios;
using Westphalia.Statistics;

namespace Westphalia.Validation;

/// <summary>
/// The power-law tail of the severity of terrorist attacks: the deaths of every attack that killed anyone in
/// <see cref="Runs"/> runs of the default scenario, fitted with the Clauset–Shalizi–Newman method for discrete data (MLE,
/// x_min by minimum KS distance, bootstrap interval, goodness-of-fit p-value), beside Clauset, Young &amp; Gleditsch (2007):
/// α ≈ 2 for the severity of terrorist attacks worldwide since 1968, and Clauset &amp; Young (2005): α = 1.84 for deaths.
/// Judged as a power law should be (Clauset, Shalizi &amp; Newman 2009): holds when 2 lies in the bootstrap interval of
/// the fitted α and the goodness-of-fit test does not reject the power law (p &gt; 0.1). A calibration figure: the
/// severities are drawn from a power law with this exponent, so it checks the draw, not the world.
/// </summary>
/// <remarks>
/// The mechanism draws the deaths of a lethal attack from the discrete power law with exponent attack_alpha (default 2), so
/// the target checks that the attack log, after interdiction, the cap on deaths and the region's people, still carries
/// the configured tail, and measures how precisely a run-length sample pins it down; it does not test why terrorism is
/// scale-free.
/// </remarks>
public sealed class TerrorismTarget : IValidationTarget
{
    public const string ScenarioName = ScenarioCatalog.DefaultName;

    /// <summary>Seeds 1 to 8 of the full century: about four thousand lethal attacks.</summary>
    public const int Runs = 8;

    public const double Published = 2.0;

    public string Name => "terrorism";

    public string Description => "Power-law tail of terror-attack deaths (CSN discrete fit) vs Clauset, Young & Gleditsch 2007 (alpha about 2) and Clauset & Young 2005 (1.84 for deaths)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var deaths = new List<double>[Runs];
        var attempted = new int[Runs];
        var foiled = new int[Runs];
        var abroad = new int[Runs];
        var notices = new int[Runs];
        Replications.ForEach(Runs, threads, cancellation, i =>
        {
            var attacks = new List<TerrorAttack>();
            var simulation = Replications.Run(ScenarioName, i + 1, [], cancellation, s => s.Events.Subscribe<TerrorAttack>(attacks.Add));
            var owner = simulation.World.Regions.Owner;
            deaths[i] = [.. attacks.Where(a => !a.Interdicted && a.Deaths > 0).Select(a => (double)a.Deaths)];
            attempted[i] = attacks.Count;
            foiled[i] = attacks.Count(a => a.Interdicted);
            abroad[i] = attacks.Count(a => a.State != owner[a.Cell]);
            notices[i] = simulation.Threats.Interpol.Notices.Count;
        });

        var all = deaths.SelectMany(d => d).ToArray();
        var inv = CultureInfo.InvariantCulture;
        var published = "about 2 (Clauset, Young & Gleditsch 2007); 1.84 for deaths (Clauset & Young 2005); holds when 2 is in the bootstrap interval and p > 0.1";
        if (all.Length < 50)
        {
            return [new ValidationResult(Name, double.NaN, published, false,
                string.Create(inv, $"{ScenarioName}, {Runs} runs: only {all.Length} lethal attacks, too few to fit a tail"))];
        }

        var options = new PowerLawOptions { Discrete = true, Replicates = 500, Seed = 2007, MaxDegreeOfParallelism = Math.Max(1, threads) };
        var uncertainty = PowerLaw.Bootstrap(all, options);
        var goodness = PowerLaw.GoodnessOfFit(all, options with { Replicates = 200 });
        var fit = uncertainty.Fit;
        var detail = string.Create(inv,
            $"{ScenarioName}, {Runs} runs, {attempted.Sum():N0} attacks attempted, {foiled.Sum():N0} foiled, {abroad.Sum():N0} abroad, {all.Length:N0} lethal; x_min {fit.XMin:G4} ({fit.TailCount:N0} attacks in the tail); 95% bootstrap interval [{uncertainty.AlphaLower:F2}, {uncertainty.AlphaUpper:F2}]; goodness-of-fit p = {goodness.PValue:F2}; largest {all.Max():N0} deaths; {notices.Sum():N0} Interpol notices");
        return [new ValidationResult(Name, fit.Alpha, published, Published >= uncertainty.AlphaLower && Published <= uncertainty.AlphaUpper && goodness.PValue > WarSeverityTarget.Rejection, detail)];
    }
}

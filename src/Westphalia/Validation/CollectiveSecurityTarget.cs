using System.Globalization;
using Westphalia.Doctrines;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// Collective security against self-help in a Cusack–Stoll world (the `cusack-stoll` scenario: GeoSim's interstate war
/// alone, 98 states, 1,008 periods, a fallen capital annexed), beside Cusack &amp; Stoll (1994): states practising
/// collective security survive more often than realist ones, and the system endures longer. Three arms over the same
/// <see cref="Runs"/> seeds: every state realist; every state under collective security; and a mix, odd-numbered states
/// under collective security and even-numbered ones realist. Reported with the range and a 95% interval over seeds (a
/// normal interval on the mean of the per-seed values). Holds when, in the mixed worlds, collective-security states
/// survive more often than realist ones (the interval of the per-seed difference above 0), and the all-collective worlds
/// keep more states alive than the all-realist ones (the interval of the per-seed difference above 0). Validation
/// figures: a collective-security government decides on war by the same odds as a realist one, so what it changes comes
/// from deterrence (its forces count in a would-be attacker's odds) and defence (it joins against the aggressor); the
/// sixty seeds are the validation seeds from <see cref="Replications.FirstValidationSeed"/>.
/// </summary>
public sealed class CollectiveSecurityTarget : IValidationTarget
{
    public const string ScenarioName = "cusack-stoll";
    public const int Runs = 60;

    public string Name => "collective-security";

    public string Description => "State survival under collective security vs realism, and the system's endurance, in a Cusack-Stoll world (Cusack & Stoll 1994)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        // Per seed: share of collective-security and of realist states alive at the end of a mixed world; states alive
        // at the end of an all-realist and of an all-collective world; the tick of the first state death in each.
        var collectiveSurvival = new double[Runs];
        var realistSurvival = new double[Runs];
        var aliveRealistWorld = new double[Runs];
        var aliveCollectiveWorld = new double[Runs];
        Replications.ForEach(3 * Runs, threads, cancellation, k =>
        {
            var run = k / 3;
            var arm = k % 3;
            var scenario = ScenarioLoader.Load(ScenarioName, [$"seed={Replications.FirstValidationSeed + run}"]);
            if (arm == 1)
            {
                scenario.Doctrines.Default = CollectiveSecurityDoctrine.DoctrineName;
            }
            else if (arm == 2)
            {
                for (var s = 1; s <= scenario.World.Generator!.States; s += 2)
                {
                    scenario.Doctrines.Assignments[$"State {s}"] = CollectiveSecurityDoctrine.DoctrineName;
                }
            }

            var simulation = Replications.Run(scenario, cancellation);
            var initial = simulation.World.States.FoundedTick.Count(t => t == 0);
            var states = simulation.World.States;
            var alive = Enumerable.Range(0, initial).Count(s => states.Alive[s]);
            switch (arm)
            {
                case 0:
                    aliveRealistWorld[run] = alive;
                    break;
                case 1:
                    aliveCollectiveWorld[run] = alive;
                    break;
                default:
                    var collective = Enumerable.Range(0, initial).Where(s => states.Doctrine[s] == CollectiveSecurityDoctrine.DoctrineName).ToList();
                    var realist = Enumerable.Range(0, initial).Where(s => states.Doctrine[s] != CollectiveSecurityDoctrine.DoctrineName).ToList();
                    collectiveSurvival[run] = collective.Count(s => states.Alive[s]) / (double)collective.Count;
                    realistSurvival[run] = realist.Count(s => states.Alive[s]) / (double)realist.Count;
                    break;
            }
        });

        var inv = CultureInfo.InvariantCulture;
        var survivalGap = collectiveSurvival.Zip(realistSurvival, (c, r) => c - r).ToArray();
        var enduranceGap = aliveCollectiveWorld.Zip(aliveRealistWorld, (c, r) => c - r).ToArray();
        var (gapLow, gapHigh) = Interval(survivalGap);
        var (endLow, endHigh) = Interval(enduranceGap);
        var survival = new ValidationResult($"{Name}/survival", survivalGap.Average(),
            "collective-security states survive more often than realist ones (Cusack & Stoll 1994)", gapLow > 0,
            string.Create(inv, $"mixed worlds, {Runs} seeds ({Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1}): collective-security states alive at the end {collectiveSurvival.Average():P1} (range {collectiveSurvival.Min():P0}-{collectiveSurvival.Max():P0}), realist {realistSurvival.Average():P1} (range {realistSurvival.Min():P0}-{realistSurvival.Max():P0}); difference {survivalGap.Average():+0.0000;-0.0000}, 95% interval [{gapLow:+0.0000;-0.0000}, {gapHigh:+0.0000;-0.0000}]"));
        var endurance = new ValidationResult($"{Name}/endurance", enduranceGap.Average(),
            "the system endures longer under collective security (Cusack & Stoll 1994)", endLow > 0,
            string.Create(inv, $"states alive after 1,008 periods of 98: all collective-security {aliveCollectiveWorld.Average():F1} (range {aliveCollectiveWorld.Min()}-{aliveCollectiveWorld.Max()}), all realist {aliveRealistWorld.Average():F1} (range {aliveRealistWorld.Min()}-{aliveRealistWorld.Max()}); difference 95% interval [{endLow:F1}, {endHigh:F1}]"));
        return [survival, endurance];
    }

    /// <summary>A 95% normal interval on the mean of per-seed values.</summary>
    private static (double Low, double High) Interval(double[] values)
    {
        var mean = values.Average();
        var sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / Math.Max(1, values.Length - 1));
        var half = 1.96 * sd / Math.Sqrt(values.Length);
        return (mean - half, mean + half);
    }
}

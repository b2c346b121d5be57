using System.Globalization;
using Westphalia.Observers;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// How often states go to war: interstate wars reaching the Correlates of War threshold of 1,000 battle deaths, per
/// state-year, in <see cref="Runs"/> runs of the default scenario without the United Nations and arms-control treaties
/// (as for <see cref="WarSeverityTarget"/>: the record is mostly from before both), on the validation seeds — a sample
/// declared before the result was looked at. The record: 95 inter-state wars in 1816–2007 (COW Inter-State War data
/// v4.0; Sarkees &amp; Wayman 2010) over about 14,200 state-years (COW State System Membership v2016 lists 15,950 in
/// 1816–2016; the 2008–2016 years removed at about 193 states a year), about 0.0067 wars begun per state-year. Holds
/// within a factor of two (0.0033–0.013).
/// </summary>
public sealed class WarFrequencyTarget : IValidationTarget
{
    public const int Runs = 20;
    public const double Published = 95.0 / 14_200;
    public const long Threshold = 1_000;

    public string Name => "war-frequency";

    public string Description => "Interstate wars of 1,000 battle deaths or more per state-year vs the Correlates of War record (about 0.0067, 1816-2007)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var wars = new int[Runs];
        var smaller = new int[Runs];
        var stateYears = new long[Runs];
        Replications.ForEach(Runs, threads, cancellation, i =>
        {
            var simulation = Replications.Run(ScenarioCatalog.DefaultName, Replications.FirstValidationSeed + i, WarSeverityTarget.Settings, cancellation);
            foreach (var war in simulation.War.Wars.Wars.Where(w => w.MergedInto < 0))
            {
                if (war.BattleDeaths >= Threshold)
                {
                    wars[i]++;
                }
                else
                {
                    smaller[i]++;
                }
            }

            var world = simulation.Observer<WorldObserver>().Table;
            stateYears[i] = world["states_alive"].Ints.Sum(n => (long)n) * (simulation.Scenario.Output.Cadence == OutputCadence.Monthly ? 1 : 12) / 12;
        });

        var inv = CultureInfo.InvariantCulture;
        var rate = (double)wars.Sum() / stateYears.Sum();
        return
        [
            new(Name, rate, "about 0.0067 wars begun per state-year: 95 COW inter-state wars 1816-2007 over about 14,200 state-years; holds in 0.0033-0.013",
                rate >= Published / 2 && rate <= Published * 2,
                string.Create(inv, $"{wars.Sum():N0} wars of 1,000 battle deaths or more (and {smaller.Sum():N0} smaller) in {stateYears.Sum():N0} state-years: {rate * 40:F3} wars a year among 40 states, against {Published * 40:F2} in the record; per state-year {Replications.RunInterval([.. wars.Select((w, i) => stateYears[i] > 0 ? (double)w / stateYears[i] : double.NaN)], "F5")}; default without the UN and treaties, {Runs} runs of 100 years (seeds {Replications.FirstValidationSeed}-{Replications.FirstValidationSeed + Runs - 1})")),
        ];
    }
}

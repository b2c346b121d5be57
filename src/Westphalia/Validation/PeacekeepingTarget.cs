using System.Globalization;
using Westphalia.Metrics;
using Westphalia.Parameters;
using Westphalia.Scenarios;

namespace Westphalia.Validation;

/// <summary>
/// Peacekeeping and the relapse into civil war, over the same seeds with and without missions, beside the published
/// cut of roughly 50–85% in the risk of renewed war (Fortna 2008; Gilligan &amp; Sergenti 2008). Two arms of
/// <see cref="Runs"/> runs of the `default` scenario: as it is, and with no missions
/// (<c>parameters.united_nations.peacekeeping_years=0</c>). The relapse hazard is onsets per country-year at peace in
/// the years after a civil war that a mission would cover. The reduction compares the country-years under a mission in
/// the first arm with the same post-war years in the second: 1 − h(mission) / h(no missions). Holds when it lies in
/// [0.5, 0.85].
/// </summary>
public sealed class PeacekeepingTarget : IValidationTarget
{
    public const int Runs = 20;
    public const double Low = 0.5;
    public const double High = 0.85;

    public string Name => "peacekeeping";

    public string Description => "Relapse hazard after civil wars with and without UN missions, same seeds, vs a 50-85% cut (Fortna 2008; Gilligan & Sergenti 2008)";

    public IReadOnlyList<ValidationResult> Run(int threads, CancellationToken cancellation)
    {
        var with = new List<CountryYear>[Runs];
        var without = new List<CountryYear>[Runs];
        var missionYears = new UnitedNationsParameters().PeacekeepingYears;
        Replications.ForEach(2 * Runs, threads, cancellation, k =>
        {
            string[] arm = k % 2 == 0 ? [] : ["parameters.united_nations.peacekeeping_years=0"];
            var simulation = Replications.Run(ScenarioCatalog.DefaultName, (k / 2) + 1, arm, cancellation);
            (k % 2 == 0 ? with : without)[k / 2] = [.. simulation.Observer<Observers.CountryYearsObserver>().Rows];
        });

        static bool PostWar(CountryYear r, double years) => r.AtRisk && r.YearsSinceWar > 0 && r.YearsSinceWar <= years;
        var missions = with.SelectMany(p => p).Where(r => r.AtRisk && r.Peacekeeping).ToList();
        var bare = without.SelectMany(p => p).Where(r => PostWar(r, missionYears)).ToList();
        var postWarWith = with.SelectMany(p => p).Where(r => PostWar(r, missionYears)).ToList();
        var hMission = Rate(missions);
        var hBare = Rate(bare);
        var hWith = Rate(postWarWith);
        var reduction = hBare > 0 ? 1 - (hMission / hBare) : double.NaN;
        var inv = CultureInfo.InvariantCulture;
        var detail = string.Create(inv,
            $"relapse hazard under a mission {hMission:P2} ({missions.Count(r => r.Onset)} onsets in {missions.Count:N0} country-years); without missions, the same post-war years {hBare:P2} ({bare.Count(r => r.Onset)} in {bare.Count:N0}); all post-war years with missions possible {hWith:P2} ({postWarWith.Count(r => r.Onset)} in {postWarWith.Count:N0}), a cut of {1 - (hWith / hBare):P0} over the arm; default scenario, {Runs} seeds x 2 arms");
        return [new ValidationResult(Name, reduction, "a cut of 50-85% in the risk of renewed civil war (Fortna 2008; Gilligan & Sergenti 2008)",
            reduction is >= Low and <= High, detail)];
    }

    private static double Rate(List<CountryYear> rows) => rows.Count > 0 ? (double)rows.Count(r => r.Onset) / rows.Count : 0;
}

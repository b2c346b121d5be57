using Westphalia.Metrics;

namespace Westphalia.Observers;

/// <summary>conflicts.csv and conflicts.parquet: the UCDP/PRIO armed-conflict list, one row per conflict and year, from the violence <see cref="GedObserver"/> collects.</summary>
[Output(60, "conflicts.csv", "conflicts.parquet")]
public sealed class ConflictsObserver(ObserverContext context) : TableObserver
{
    private readonly Simulation _simulation = context?.Simulation ?? throw new ArgumentNullException(nameof(context));
    private readonly GedObserver _violence = context.Observer<GedObserver>();

    protected override Table Build() =>
        ArmedConflictListWriter.Build(_violence.Events, _simulation.CivilWar.Conflicts, _simulation.World, _simulation.Scenario.StartYear, _simulation.War.Wars);
}

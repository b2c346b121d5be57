namespace Westphalia.Metrics;

/// <summary>
/// Logs the first time each of the model's bounds binds in a run (docs/ODD.md §2.9), so that a researcher sees where the
/// model left its documented regime. One event per type per run: a run resumed from a checkpoint finds the event already
/// in the restored log and does not repeat it.
/// </summary>
internal sealed class BoundLog(List<SimulationEvent>? events)
{
    private readonly HashSet<string> _logged = new(StringComparer.Ordinal);

    /// <summary>Whether an event of this type has been logged in the run (always true without an event log).</summary>
    public bool Logged(string type)
    {
        if (events is null || _logged.Contains(type))
        {
            return true;
        }

        if (events.Exists(e => e.Type == type))
        {
            _logged.Add(type);
            return true;
        }

        return false;
    }

    /// <summary>Logs the event unless one of its type has been logged already.</summary>
    public void Reached(int tick, string type, int state, int region, double value, string detail)
    {
        if (Logged(type))
        {
            return;
        }

        _logged.Add(type);
        events!.Add(new SimulationEvent(tick, type, state, region, value, detail));
    }
}

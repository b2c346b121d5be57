using Westphalia.Events;

namespace Westphalia.Metrics;

/// <summary>
/// A summary of alliances (blocs) over a run, from the states table and the event log: members, military burden and
/// spending at the first and last observation, and which wars were fought between blocs, within one, or with
/// non-aligned states. Empty when no state was ever allied.
/// </summary>
public static class BlocReport
{
    /// <summary>The blocs, and events of the given type (war_started, crisis) classified by the blocs of the two sides.</summary>
    public static (IReadOnlyList<Bloc> Blocs, BlocWarCounts Wars) Build(Table states, IReadOnlyList<SimulationEvent> events, string eventType)
    {
        ArgumentNullException.ThrowIfNull(states);
        ArgumentNullException.ThrowIfNull(events);
        var t = states;
        if (t.RowCount == 0)
        {
            return ([], new BlocWarCounts(0, 0, 0));
        }

        // The first and last observations (one row per state each, whatever the cadence).
        var years = t["tick"].Ints;
        var first = years[0];
        var last = years[^1];

        // Rows hold the flows of a year or of a month; spending is reported per year either way.
        var distinct = years.Distinct().Take(2).ToArray();
        var perYear = distinct.Length > 1 && distinct[1] - distinct[0] == 1 ? 12.0 : 1.0;
        var rows = Enumerable.Range(0, t.RowCount).Where(i => t["alive"].Bools[i]).ToArray();
        var alliance = t["alliance"];
        var alliances = rows.Where(i => years[i] == first && alliance.IntAt(i) is not null).Select(i => alliance.Ints[i]).Distinct().Order().ToArray();
        if (alliances.Length == 0)
        {
            return ([], new BlocWarCounts(0, 0, 0));
        }

        var blocs = new List<Bloc>();
        foreach (var a in alliances)
        {
            int[] At(int year) => [.. rows.Where(i => years[i] == year && alliance.IntAt(i) == a)];
            var start = At(first);
            var end = At(last);
            double Spending(int[] r) => perYear * r.Sum(i => (double)t["military_spending"].Longs[i]);
            double Burden(int[] r) => r.Sum(i => t["output"].Doubles[i]) is var y && y > 0 ? Spending(r) / y : 0;
            // The leader: the state whose id the alliance carries (a bloc's major power), else its largest economy.
            var leader = start.Where(i => t["state_id"].Ints[i] == a).Concat(start.OrderByDescending(i => t["output"].Doubles[i]))
                .Select(i => t["state"].Texts[i]).First();
            blocs.Add(new Bloc(a, leader, start.Length, end.Length, Burden(start), Burden(end), Spending(start), Spending(end)));
        }

        var allianceAtStart = rows.Where(i => years[i] == first).ToDictionary(i => t["state_id"].Ints[i], i => alliance.IntAt(i) ?? -1);
        int between = 0, within = 0, nonAligned = 0;
        foreach (var e in events.Where(e => e.Type == eventType))
        {
            var a = allianceAtStart.GetValueOrDefault(e.State, -1);
            var b = allianceAtStart.GetValueOrDefault((int)e.Value, -1);
            if (a < 0 || b < 0)
            {
                nonAligned++;
            }
            else if (a == b)
            {
                within++;
            }
            else
            {
                between++;
            }
        }

        return (blocs, new BlocWarCounts(between, within, nonAligned));
    }

    /// <summary>
    /// Deaths among the states of the first observation, split by whether they were buffer states then (Fazal 2007:
    /// buffer states die more often).
    /// </summary>
    public static (int Buffers, int BuffersDied, int Others, int OthersDied) DeathsByBuffer(Table states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var t = states;
        if (t.RowCount == 0)
        {
            return (0, 0, 0, 0);
        }

        var ticks = t["tick"].Ints;
        var firstRows = Enumerable.Range(0, t.RowCount).Where(i => ticks[i] == ticks[0] && t["alive"].Bools[i]).ToArray();
        var died = Enumerable.Range(0, t.RowCount).Where(i => !t["alive"].Bools[i]).Select(i => t["state_id"].Ints[i]).ToHashSet();
        int buffers = 0, buffersDied = 0, others = 0, othersDied = 0;
        foreach (var i in firstRows)
        {
            var dead = died.Contains(t["state_id"].Ints[i]);
            if (t["buffer"].Bools[i])
            {
                buffers++;
                buffersDied += dead ? 1 : 0;
            }
            else
            {
                others++;
                othersDied += dead ? 1 : 0;
            }
        }

        return (buffers, buffersDied, others, othersDied);
    }
}

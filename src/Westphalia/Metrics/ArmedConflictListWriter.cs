using System.Globalization;
using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The armed-conflict list in the layout of the UCDP/PRIO Armed Conflict Dataset (Gleditsch et al. 2002; Davies,
/// Pettersson &amp; Öberg 2023): one row per conflict per calendar year in which its battle-related deaths (deaths of
/// side A and side B in state-based events) reach UCDP's threshold of 25. Conflicts come in the order of their first
/// event, each one's years in order.
/// <para>
/// <c>type_of_conflict</c> is 2 (interstate) for a <c>war-N</c> and 3 (intrastate) for a <c>civil-N</c>. A patron's
/// arms do not make a civil war internationalised: UCDP's type 4 requires another state's troops fighting on one side,
/// and patrons in the model send arms only.
/// </para>
/// </summary>
public static class ArmedConflictListWriter
{
    /// <summary>UCDP's threshold: battle-related deaths in a calendar year for a conflict to be active.</summary>
    public const long Threshold = 25;

    /// <summary>Battle-related deaths in a year from which a conflict is a war (intensity level 2).</summary>
    public const long WarThreshold = 1000;

    public const int Territory = 1;
    public const int Interstate = 2;
    public const int Intrastate = 3;

    /// <summary>
    /// Builds the list. With <paramref name="wars"/>, the events of an interstate war later merged into another are
    /// counted under the war they were merged into, and an interstate war that has ended gets <c>ep_end</c> 1 in its
    /// last active year; without it, each <c>war-N</c> stands alone and counts as ongoing.
    /// </summary>
    public static Table Build(IReadOnlyList<ViolenceEvent> events, IReadOnlyList<CivilConflict> civilWars, World world, int startYear, WarRegistry? wars = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(civilWars);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("conflicts",
        [
            ("conflict_id", ColumnKind.Text), ("location", ColumnKind.Text), ("side_a", ColumnKind.Text), ("side_b", ColumnKind.Text),
            ("incompatibility", ColumnKind.Int), ("year", ColumnKind.Int), ("battle_deaths", ColumnKind.Long), ("intensity_level", ColumnKind.Int),
            ("type_of_conflict", ColumnKind.Int), ("start_date", ColumnKind.Date), ("ep_end", ColumnKind.Int),
        ],
        nullable: ["location", "side_a", "side_b"]);
        var countries = ViolenceEventWriter.Countries(events, world);
        var conflicts = new List<Entry>();
        var byId = new Dictionary<string, Entry>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (!e.Conflict.StartsWith("civil-", StringComparison.Ordinal) && !e.Conflict.StartsWith("war-", StringComparison.Ordinal))
            {
                // Only conflicts with a state on one side are armed conflicts in the ACD's sense; the violence of
                // terror and crime networks is in the event list alone.
                continue;
            }

            var id = Canonical(e.Conflict, wars);
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = Describe(id, civilWars, wars);
                entry.Location = countries[i];
                entry.StartTick = e.Tick;
                byId.Add(id, entry);
                conflicts.Add(entry);
            }

            if (e.Type == ViolenceType.StateBased)
            {
                entry.Add(ViolenceEventWriter.Year(e.Tick, startYear), e);
            }
        }

        foreach (var c in conflicts)
        {
            var active = c.Years.Where(y => y.Value.Deaths >= Threshold).Select(y => y.Key).ToList();
            foreach (var year in active)
            {
                var y = c.Years[year];
                table["conflict_id"].Texts.Add(c.Id);
                table["location"].Add(c.Location.Length > 0 ? c.Location : null);
                table["side_a"].Add(y.SideA.Count > 0 ? string.Join(", ", y.SideA) : null);
                table["side_b"].Add(y.SideB.Count > 0 ? string.Join(", ", y.SideB) : null);
                table["incompatibility"].Ints.Add(c.Incompatibility);
                table["year"].Ints.Add(year);
                table["battle_deaths"].Longs.Add(y.Deaths);
                table["intensity_level"].Ints.Add(y.Deaths >= WarThreshold ? 2 : 1);
                table["type_of_conflict"].Ints.Add(c.Type);
                table["start_date"].Dates.Add(ViolenceEventWriter.FirstDay(c.StartTick, startYear));
                table["ep_end"].Ints.Add(c.Ended && year == active[^1] ? 1 : 0);
            }
        }

        return table;
    }

    /// <summary>The conflict an event counts under: an interstate war merged into another counts as that one.</summary>
    private static string Canonical(string conflict, WarRegistry? wars)
    {
        if (wars is null || !TryNumber(conflict, "war-", out var n) || n >= wars.Wars.Count)
        {
            return conflict;
        }

        var war = wars.Wars[n];
        while (war.MergedInto >= 0)
        {
            war = wars.Wars[war.MergedInto];
        }

        return war.Id == n ? conflict : string.Create(CultureInfo.InvariantCulture, $"war-{war.Id}");
    }

    private static Entry Describe(string id, IReadOnlyList<CivilConflict> civilWars, WarRegistry? wars)
    {
        if (TryNumber(id, "civil-", out var n))
        {
            if (n >= civilWars.Count)
            {
                throw new ArgumentException($"A violence event names civil war {id}, but there are only {civilWars.Count} civil wars.", nameof(civilWars));
            }

            var civil = civilWars[n];
            return new Entry(id, (int)civil.Aim, Intrastate, !civil.IsOngoing);
        }

        if (TryNumber(id, "war-", out n))
        {
            var ended = wars is not null && n < wars.Wars.Count && wars.Wars[n].EndTick >= 0;
            return new Entry(id, Territory, Interstate, ended);
        }

        throw new ArgumentException($"A violence event names conflict '{id}', which is neither a civil war (civil-N) nor an interstate war (war-N).", nameof(id));
    }

    private static bool TryNumber(string conflict, string prefix, out int number)
    {
        number = -1;
        return conflict.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(conflict.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out number);
    }

    /// <summary>A conflict: what it is about, its first event, and its state-based violence by calendar year.</summary>
    private sealed class Entry(string id, int incompatibility, int type, bool ended)
    {
        // Which side (1 or 2) each party has fought on: the first event's side A is side 1, and a party met later
        // fights on the side opposite the party it fought.
        private readonly Dictionary<string, int> _side = new(StringComparer.Ordinal);

        public string Id { get; } = id;

        public int Incompatibility { get; } = incompatibility;

        public int Type { get; } = type;

        public bool Ended { get; } = ended;

        public string Location { get; set; } = "";

        public int StartTick { get; set; }

        public SortedDictionary<int, ConflictYear> Years { get; } = [];

        public void Add(int year, ViolenceEvent e)
        {
            _side.TryGetValue(e.SideA, out var a);
            _side.TryGetValue(e.SideB, out var b);
            (a, b) = (a, b) switch
            {
                (0, 0) => (1, 2),
                (0, _) => (3 - b, b),
                (_, 0) => (a, 3 - a),
                _ => (a, b),
            };
            _side[e.SideA] = a;
            _side[e.SideB] = b;
            if (!Years.TryGetValue(year, out var y))
            {
                y = new ConflictYear();
                Years.Add(year, y);
            }

            y.Deaths += e.DeathsA + e.DeathsB;
            y.Enlist(e.SideA, a);
            y.Enlist(e.SideB, b);
        }
    }

    /// <summary>One calendar year of a conflict: battle deaths and the parties that fought on each side, in order of appearance.</summary>
    private sealed class ConflictYear
    {
        public long Deaths { get; set; }

        public List<string> SideA { get; } = [];

        public List<string> SideB { get; } = [];

        public void Enlist(string party, int side)
        {
            var list = side == 1 ? SideA : SideB;
            if (party.Length > 0 && !list.Contains(party))
            {
                list.Add(party);
            }
        }
    }
}

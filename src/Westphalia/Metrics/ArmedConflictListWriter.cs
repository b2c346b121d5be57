using System.Globalization;
using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The armed-conflict list in the layout of the UCDP/PRIO Armed Conflict Dataset (Gleditsch et al. 2002; Davies,
/// Pettersson &amp; Öberg 2023; codebook version 23.1): its 27 columns in its order, one row per conflict per calendar
/// year in which its battle-related deaths (deaths of side A and side B in state-based events) reach UCDP's threshold of
/// 25. Conflicts come in the order of their first event, each one's years in order; <c>conflict_id</c> is the
/// conflict's <c>conflict_new_id</c> in the event list.
/// <para>
/// <c>type_of_conflict</c> is 2 (interstate) for a <c>war-N</c> and 3 (intrastate) for a <c>civil-N</c>. A patron's
/// arms do not make a civil war internationalised: UCDP's type 4 requires another state's troops fighting on one side,
/// and patrons in the model send arms only; for the same reason <c>side_a_2nd</c>, <c>side_b_2nd</c> and their
/// Gleditsch–Ward numbers are always null.
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

    /// <summary>The precision code written for a date known to its month (the model counts months): 4.</summary>
    public const int MonthPrecision = 4;

    /// <summary>The version of the UCDP/PRIO data whose layout is written (<c>version</c>): 23.1.</summary>
    public const double Version = 23.1;

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
            ("conflict_id", ColumnKind.Int), ("location", ColumnKind.Text), ("side_a", ColumnKind.Text), ("side_a_id", ColumnKind.Text),
            ("side_a_2nd", ColumnKind.Text), ("side_b", ColumnKind.Text), ("side_b_id", ColumnKind.Text), ("side_b_2nd", ColumnKind.Text),
            ("incompatibility", ColumnKind.Int), ("territory_name", ColumnKind.Text), ("year", ColumnKind.Int),
            ("intensity_level", ColumnKind.Int), ("type_of_conflict", ColumnKind.Int),
            ("start_date", ColumnKind.Date), ("start_prec", ColumnKind.Int), ("start_date2", ColumnKind.Date), ("start_prec2", ColumnKind.Int),
            ("ep_end", ColumnKind.Int), ("ep_end_date", ColumnKind.Date), ("ep_end_prec", ColumnKind.Int),
            ("gwno_a", ColumnKind.Text), ("gwno_a_2nd", ColumnKind.Text), ("gwno_b", ColumnKind.Text), ("gwno_b_2nd", ColumnKind.Text),
            ("gwno_loc", ColumnKind.Text), ("region", ColumnKind.Text), ("version", ColumnKind.Double),
        ],
        nullable: ["location", "side_a", "side_a_id", "side_a_2nd", "side_b", "side_b_id", "side_b_2nd", "territory_name",
            "ep_end_date", "ep_end_prec", "gwno_a", "gwno_a_2nd", "gwno_b", "gwno_b_2nd", "gwno_loc", "region"]);
        var countries = ViolenceEventWriter.Countries(events, world);
        var coding = new ViolenceCoding(events, world, wars);
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

            var id = coding.Conflict[i];
            if (!byId.TryGetValue(id, out var entry))
            {
                entry = Describe(id, civilWars, wars);
                entry.Location = countries[i];
                entry.LocationGw = FieldCodes.GwCode(world.States, e.State, e.Tick);
                byId.Add(id, entry);
                conflicts.Add(entry);
            }

            if (e.Type == ViolenceType.StateBased)
            {
                entry.Add(ViolenceEventWriter.Year(e.Tick, startYear), e, coding);
            }
        }

        foreach (var c in conflicts)
        {
            var active = c.Years.Where(y => y.Value.Deaths >= Threshold).Select(y => y.Key).ToList();
            var episodeStart = -1;
            for (var k = 0; k < active.Count; k++)
            {
                var year = active[k];
                var y = c.Years[year];
                if (k == 0 || active[k - 1] != year - 1)
                {
                    episodeStart = y.FirstTick;
                }

                // An episode ends in an active year followed by an inactive one, or in the last active year of a
                // conflict that has ended.
                var ends = k < active.Count - 1 ? active[k + 1] != year + 1 : c.Ended;
                table["conflict_id"].Ints.Add(coding.ConflictIds[c.Id]);
                table["location"].Add(c.Location.Length > 0 ? c.Location : null);
                table["side_a"].Add(Join(y.SideA));
                table["side_a_id"].Add(Join(y.SideA.Select(p => coding.Actors[p].ToString(CultureInfo.InvariantCulture))));
                table["side_a_2nd"].AddNull();
                table["side_b"].Add(Join(y.SideB));
                table["side_b_id"].Add(Join(y.SideB.Select(p => coding.Actors[p].ToString(CultureInfo.InvariantCulture))));
                table["side_b_2nd"].AddNull();
                table["incompatibility"].Ints.Add(c.Incompatibility);
                table["territory_name"].AddNull();
                table["year"].Ints.Add(year);
                table["intensity_level"].Ints.Add(y.Deaths >= WarThreshold ? 2 : 1);
                table["type_of_conflict"].Ints.Add(c.Type);
                table["start_date"].Dates.Add(ViolenceEventWriter.FirstDay(c.StartTick, startYear));
                table["start_prec"].Ints.Add(MonthPrecision);
                table["start_date2"].Dates.Add(ViolenceEventWriter.FirstDay(episodeStart, startYear));
                table["start_prec2"].Ints.Add(MonthPrecision);
                table["ep_end"].Ints.Add(ends ? 1 : 0);
                table["ep_end_date"].Add(ends ? ViolenceEventWriter.LastDay(y.LastTick, startYear) : null);
                table["ep_end_prec"].Add(ends ? MonthPrecision : null);
                table["gwno_a"].Add(Join(y.GwA.Select(g => g.ToString(CultureInfo.InvariantCulture))));
                table["gwno_a_2nd"].AddNull();
                table["gwno_b"].Add(Join(y.GwB.Select(g => g.ToString(CultureInfo.InvariantCulture))));
                table["gwno_b_2nd"].AddNull();
                table["gwno_loc"].Add(c.LocationGw?.ToString(CultureInfo.InvariantCulture));
                table["region"].Add(c.LocationGw is { } gw ? FieldCodes.UcdpRegionNumber(gw)?.ToString(CultureInfo.InvariantCulture) : null);
                table["version"].Doubles.Add(Version);
            }
        }

        return table;
    }

    /// <summary>Values joined as the ACD lists several: ", " between them; null for none.</summary>
    private static string? Join(IEnumerable<string> values)
    {
        var joined = string.Join(", ", values);
        return joined.Length > 0 ? joined : null;
    }

    private static Entry Describe(string id, IReadOnlyList<CivilConflict> civilWars, WarRegistry? wars)
    {
        if (ViolenceCoding.TryNumber(id, "civil-", out var n))
        {
            if (n >= civilWars.Count)
            {
                throw new ArgumentException($"A violence event names civil war {id}, but there are only {civilWars.Count} civil wars.", nameof(civilWars));
            }

            var civil = civilWars[n];
            return new Entry(id, (int)civil.Aim, Intrastate, !civil.IsOngoing);
        }

        if (ViolenceCoding.TryNumber(id, "war-", out n))
        {
            var ended = wars is not null && n < wars.Wars.Count && wars.Wars[n].EndTick >= 0;
            return new Entry(id, Territory, Interstate, ended);
        }

        throw new ArgumentException($"A violence event names conflict '{id}', which is neither a civil war (civil-N) nor an interstate war (war-N).", nameof(id));
    }

    /// <summary>A conflict: what it is about, where, its first battle, and its state-based violence by calendar year.</summary>
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

        public int? LocationGw { get; set; }

        /// <summary>The month of the first state-based event.</summary>
        public int StartTick { get; private set; } = -1;

        public SortedDictionary<int, ConflictYear> Years { get; } = [];

        public void Add(int year, ViolenceEvent e, ViolenceCoding coding)
        {
            if (StartTick < 0)
            {
                StartTick = e.Tick;
            }

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
                y = new ConflictYear { FirstTick = e.Tick };
                Years.Add(year, y);
            }

            y.Deaths += e.DeathsA + e.DeathsB;
            y.LastTick = Math.Max(y.LastTick, e.Tick);
            y.Enlist(e.SideA, a, coding.GwOf(e.SideA, e.Tick));
            y.Enlist(e.SideB, b, coding.GwOf(e.SideB, e.Tick));
        }
    }

    /// <summary>One calendar year of a conflict: battle deaths, its first and last month, and the parties that fought on each side (and their states' numbers), in order of appearance.</summary>
    private sealed class ConflictYear
    {
        public long Deaths { get; set; }

        public int FirstTick { get; init; }

        public int LastTick { get; set; }

        public List<string> SideA { get; } = [];

        public List<string> SideB { get; } = [];

        public List<int> GwA { get; } = [];

        public List<int> GwB { get; } = [];

        public void Enlist(string party, int side, int? gw)
        {
            var list = side == 1 ? SideA : SideB;
            if (party.Length > 0 && !list.Contains(party))
            {
                list.Add(party);
            }

            var codes = side == 1 ? GwA : GwB;
            if (gw is { } g && !codes.Contains(g))
            {
                codes.Add(g);
            }
        }
    }
}

using System.Globalization;
using Westphalia.Conflict;

namespace Westphalia.Metrics;

/// <summary>
/// The violence log in the layout of UCDP's Georeferenced Event Dataset (Sundberg &amp; Melander 2013; codebook
/// version 23.1): one row per <see cref="ViolenceEvent"/> (one event of organised violence in one region and month),
/// with GED's 49 columns in GED's order. The model knows its counts, so <c>low</c>, <c>best</c> and <c>high</c> are
/// equal and <c>deaths_unknown</c> is 0. Where a world has no real place or no real state (a synthetic world, a state
/// born in the run), the columns GED fills from the real world (coordinates, PRIO-GRID cell, Gleditsch–Ward numbers,
/// UCDP region) are null; so are the sources, which a simulation has none of.
/// </summary>
public static class ViolenceEventWriter
{
    /// <summary>GED's <c>where_prec</c> written for an event in a region with a PRIO-GRID cell: 3, a place known to an area the size of a district (a 0.5° cell).</summary>
    public const int CellPrecision = 3;

    /// <summary>GED's <c>date_prec</c> for an event known to its month (8 to 30 days): 4.</summary>
    public const int MonthPrecision = 4;

    /// <summary>UCDP's threshold: deaths in a calendar year for a conflict, dyad or actor to be active.</summary>
    public const long ActiveThreshold = 25;

    public static Table Build(IReadOnlyList<ViolenceEvent> events, World world, int startYear, WarRegistry? wars = null)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("ged",
        [
            ("id", ColumnKind.Int), ("relid", ColumnKind.Text), ("year", ColumnKind.Int), ("active_year", ColumnKind.Bool),
            ("code_status", ColumnKind.Text), ("type_of_violence", ColumnKind.Int),
            ("conflict_dset_id", ColumnKind.Int), ("conflict_new_id", ColumnKind.Int), ("conflict_name", ColumnKind.Text),
            ("dyad_dset_id", ColumnKind.Int), ("dyad_new_id", ColumnKind.Int), ("dyad_name", ColumnKind.Text),
            ("side_a_dset_id", ColumnKind.Int), ("side_a_new_id", ColumnKind.Int), ("side_a", ColumnKind.Text),
            ("side_b_dset_id", ColumnKind.Int), ("side_b_new_id", ColumnKind.Int), ("side_b", ColumnKind.Text),
            ("number_of_sources", ColumnKind.Int), ("source_article", ColumnKind.Text), ("source_office", ColumnKind.Text),
            ("source_date", ColumnKind.Text), ("source_headline", ColumnKind.Text), ("source_original", ColumnKind.Text),
            ("where_prec", ColumnKind.Int), ("where_coordinates", ColumnKind.Text), ("where_description", ColumnKind.Text),
            ("adm_1", ColumnKind.Text), ("adm_2", ColumnKind.Text), ("latitude", ColumnKind.Double), ("longitude", ColumnKind.Double),
            ("geom_wkt", ColumnKind.Text), ("priogrid_gid", ColumnKind.Int), ("country", ColumnKind.Text), ("country_id", ColumnKind.Int),
            ("region", ColumnKind.Text), ("event_clarity", ColumnKind.Int), ("date_prec", ColumnKind.Int),
            ("date_start", ColumnKind.Date), ("date_end", ColumnKind.Date),
            ("deaths_a", ColumnKind.Long), ("deaths_b", ColumnKind.Long), ("deaths_civilians", ColumnKind.Long), ("deaths_unknown", ColumnKind.Long),
            ("best", ColumnKind.Long), ("high", ColumnKind.Long), ("low", ColumnKind.Long), ("gwnoa", ColumnKind.Int), ("gwnob", ColumnKind.Int),
        ],
        nullable: ["number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original",
            "where_prec", "where_description", "adm_1", "adm_2", "latitude", "longitude", "geom_wkt", "priogrid_gid",
            "country", "country_id", "region", "gwnoa", "gwnob"]);
        var regions = world.Regions;
        var states = world.States;
        var countries = Countries(events, world);
        var coding = new ViolenceCoding(events, world, wars);
        var active = ActiveYears(events, coding, startYear);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var best = e.DeathsA + e.DeathsB + e.DeathsCivilians;
            var year = Year(e.Tick, startYear);
            var sideB = ViolenceCoding.SideB(e);
            var conflictId = coding.ConflictIds[coding.Conflict[i]];
            var dyadId = coding.DyadId(i, e);
            table["id"].Ints.Add(i + 1);
            table["relid"].Texts.Add(string.Create(CultureInfo.InvariantCulture, $"{e.Conflict}-{year}-{i + 1}"));
            table["year"].Ints.Add(year);
            table["active_year"].Bools.Add(active.Contains(ActiveKey(e, coding.Conflict[i], year)));
            table["code_status"].Texts.Add("Clear");
            table["type_of_violence"].Ints.Add((int)e.Type);
            table["conflict_dset_id"].Ints.Add(conflictId);
            table["conflict_new_id"].Ints.Add(conflictId);
            table["conflict_name"].Texts.Add(e.Conflict);
            table["dyad_dset_id"].Ints.Add(dyadId);
            table["dyad_new_id"].Ints.Add(dyadId);
            table["dyad_name"].Texts.Add($"{e.SideA} - {sideB}");
            table["side_a_dset_id"].Ints.Add(coding.Actors[e.SideA]);
            table["side_a_new_id"].Ints.Add(coding.Actors[e.SideA]);
            table["side_a"].Texts.Add(e.SideA);
            table["side_b_dset_id"].Ints.Add(coding.Actors[sideB]);
            table["side_b_new_id"].Ints.Add(coding.Actors[sideB]);
            table["side_b"].Texts.Add(sideB);
            foreach (var name in (string[])["number_of_sources", "source_article", "source_office", "source_date", "source_headline", "source_original"])
            {
                table[name].AddNull();
            }

            var cell = regions.PrioGrid[e.Region];
            var centre = FieldCodes.CellCentre(cell);
            table["where_prec"].Add(centre is null ? null : CellPrecision);
            table["where_coordinates"].Texts.Add(regions.Name[e.Region]);
            table["where_description"].AddNull();
            table["adm_1"].AddNull();
            table["adm_2"].AddNull();
            table["latitude"].Add(centre?.Latitude);
            table["longitude"].Add(centre?.Longitude);
            table["geom_wkt"].Add(centre is { } c ? FieldCodes.Point(c.Latitude, c.Longitude) : null);
            table["priogrid_gid"].Add(centre is null ? null : cell);
            table["country"].Add(countries[i].Length > 0 ? countries[i] : null);
            var gw = FieldCodes.GwCode(states, e.State, e.Tick);
            table["country_id"].Add(gw);
            table["region"].Add(gw is { } g ? FieldCodes.UcdpRegion(g) : null);
            table["event_clarity"].Ints.Add(IsAggregate(e) ? 2 : 1);
            table["date_prec"].Ints.Add(MonthPrecision);
            table["date_start"].Dates.Add(FirstDay(e.Tick, startYear));
            table["date_end"].Dates.Add(LastDay(e.Tick, startYear));
            table["deaths_a"].Longs.Add(e.DeathsA);
            table["deaths_b"].Longs.Add(e.DeathsB);
            table["deaths_civilians"].Longs.Add(e.DeathsCivilians);
            table["deaths_unknown"].Longs.Add(0);
            table["best"].Longs.Add(best);
            table["high"].Longs.Add(best);
            table["low"].Longs.Add(best);
            table["gwnoa"].Add(coding.GwOf(e.SideA, e.Tick));
            table["gwnob"].Add(coding.GwOf(sideB, e.Tick));
        }

        return table;
    }

    /// <summary>A civil war's events are its battles and killings in a region over a month, added up: GED's lower clarity (2).</summary>
    private static bool IsAggregate(ViolenceEvent e) => e.Conflict.StartsWith("civil-", StringComparison.Ordinal);

    /// <summary>
    /// The active years, as UCDP counts them, each event belongs to: a state-based conflict's year with 25 battle deaths
    /// (sides A and B), a non-state dyad's year with 25 deaths, a one-sided actor's year with 25 civilians killed.
    /// </summary>
    private static HashSet<string> ActiveYears(IReadOnlyList<ViolenceEvent> events, ViolenceCoding coding, int startYear)
    {
        var deaths = new Dictionary<string, long>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var key = ActiveKey(e, coding.Conflict[i], Year(e.Tick, startYear));
            deaths[key] = deaths.GetValueOrDefault(key) + (e.Type == ViolenceType.StateBased ? e.DeathsA + e.DeathsB : e.Best);
        }

        return [.. deaths.Where(p => p.Value >= ActiveThreshold).Select(p => p.Key)];
    }

    private static string ActiveKey(ViolenceEvent e, string conflict, int year) => e.Type switch
    {
        ViolenceType.StateBased => string.Create(CultureInfo.InvariantCulture, $"1\n{conflict}\n{year}"),
        ViolenceType.NonState => string.Create(CultureInfo.InvariantCulture, $"2\n{conflict}\n{year}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"3\n{e.SideA}\n{year}"),
    };

    /// <summary>The calendar year of a tick: tick 0 is January of <paramref name="startYear"/>, a tick is a month.</summary>
    public static int Year(int tick, int startYear) => startYear + (tick / 12);

    /// <summary>The first day of the tick's month.</summary>
    public static DateOnly FirstDay(int tick, int startYear) => new(Year(tick, startYear), (tick % 12) + 1, 1);

    /// <summary>The last day of the tick's month.</summary>
    public static DateOnly LastDay(int tick, int startYear)
    {
        var year = Year(tick, startYear);
        var month = (tick % 12) + 1;
        return new DateOnly(year, month, DateTime.DaysInMonth(year, month));
    }

    /// <summary>The tick's month as yyyy-MM.</summary>
    public static string Month(int tick, int startYear) =>
        string.Create(CultureInfo.InvariantCulture, $"{Year(tick, startYear):D4}-{(tick % 12) + 1:D2}");

    /// <summary>
    /// The name of the state each event took place in, as it was then. A dead state's slot can be taken by a new state
    /// (secession, emergence), and the world keeps only the slot's current name: for an event from before the current
    /// state was founded the name is that of the government the event names (of side A in a civil conflict, the
    /// government of the state at war; of side B in an interstate war, the defender, whose region the battle is fought
    /// in), or empty if it names none.
    /// </summary>
    internal static string[] Countries(IReadOnlyList<ViolenceEvent> events, World world)
    {
        var states = world.States;
        var governments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in events)
        {
            if (!e.Conflict.StartsWith("war-", StringComparison.Ordinal) && e.SideA.StartsWith(ViolenceCoding.GovernmentOf, StringComparison.Ordinal))
            {
                governments.TryAdd(e.Conflict, e.SideA[ViolenceCoding.GovernmentOf.Length..]);
            }
        }

        var names = new string[events.Count];
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Tick >= states.FoundedTick[e.State])
            {
                names[i] = states.Name[e.State];
            }
            else if (e.Conflict.StartsWith("war-", StringComparison.Ordinal))
            {
                names[i] = e.SideB.StartsWith(ViolenceCoding.GovernmentOf, StringComparison.Ordinal) ? e.SideB[ViolenceCoding.GovernmentOf.Length..] : "";
            }
            else
            {
                names[i] = governments.GetValueOrDefault(e.Conflict, "");
            }
        }

        return names;
    }
}

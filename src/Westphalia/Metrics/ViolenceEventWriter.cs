using System.Globalization;

namespace Westphalia.Metrics;

/// <summary>
/// The violence log in the layout of UCDP's Georeferenced Event Dataset (Sundberg &amp; Melander 2013; codebook
/// version 23.1): one row per <see cref="ViolenceEvent"/> (one event of organised violence in one region and month),
/// with the type of violence, the conflict and dyad, the sides, the country and region, the month as start and end
/// dates, and deaths by side. The model knows its counts, so <c>low</c>, <c>best</c> and <c>high</c> are equal and
/// <c>deaths_unknown</c> is 0. Latitude and longitude have no meaning in a generated world: the region's map position
/// (<c>x</c>, <c>y</c>) stands in for them.
/// </summary>
public static class ViolenceEventWriter
{
    private const string GovernmentOf = "Government of ";

    public static Table Build(IReadOnlyList<ViolenceEvent> events, World world, int startYear)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(world);
        var table = new Table("ged",
        [
            ("id", ColumnKind.Int), ("year", ColumnKind.Int), ("type_of_violence", ColumnKind.Int), ("conflict_name", ColumnKind.Text),
            ("dyad_name", ColumnKind.Text), ("side_a", ColumnKind.Text), ("side_b", ColumnKind.Text),
            ("country", ColumnKind.Text), ("country_id", ColumnKind.Int), ("region", ColumnKind.Text), ("region_id", ColumnKind.Int),
            ("x", ColumnKind.Double), ("y", ColumnKind.Double), ("date_start", ColumnKind.Date), ("date_end", ColumnKind.Date),
            ("deaths_a", ColumnKind.Long), ("deaths_b", ColumnKind.Long), ("deaths_civilians", ColumnKind.Long), ("deaths_unknown", ColumnKind.Long),
            ("best", ColumnKind.Long), ("high", ColumnKind.Long), ("low", ColumnKind.Long),
        ],
        nullable: ["side_b", "country"]);
        var regions = world.Regions;
        var countries = Countries(events, world);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            var best = e.DeathsA + e.DeathsB + e.DeathsCivilians;
            table["id"].Ints.Add(i + 1);
            table["year"].Ints.Add(Year(e.Tick, startYear));
            table["type_of_violence"].Ints.Add((int)e.Type);
            table["conflict_name"].Texts.Add(e.Conflict);
            table["dyad_name"].Texts.Add(e.SideB.Length == 0 ? e.SideA : $"{e.SideA} - {e.SideB}");
            table["side_a"].Texts.Add(e.SideA);
            table["side_b"].Add(e.SideB.Length > 0 ? e.SideB : null);
            table["country"].Add(countries[i].Length > 0 ? countries[i] : null);
            table["country_id"].Ints.Add(e.State);
            table["region"].Texts.Add(regions.Name[e.Region]);
            table["region_id"].Ints.Add(e.Region);
            table["x"].Doubles.Add(regions.X[e.Region]);
            table["y"].Doubles.Add(regions.Y[e.Region]);
            table["date_start"].Dates.Add(FirstDay(e.Tick, startYear));
            table["date_end"].Dates.Add(LastDay(e.Tick, startYear));
            table["deaths_a"].Longs.Add(e.DeathsA);
            table["deaths_b"].Longs.Add(e.DeathsB);
            table["deaths_civilians"].Longs.Add(e.DeathsCivilians);
            table["deaths_unknown"].Longs.Add(0);
            table["best"].Longs.Add(best);
            table["high"].Longs.Add(best);
            table["low"].Longs.Add(best);
        }

        return table;
    }

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
            if (!e.Conflict.StartsWith("war-", StringComparison.Ordinal) && e.SideA.StartsWith(GovernmentOf, StringComparison.Ordinal))
            {
                governments.TryAdd(e.Conflict, e.SideA[GovernmentOf.Length..]);
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
                names[i] = e.SideB.StartsWith(GovernmentOf, StringComparison.Ordinal) ? e.SideB[GovernmentOf.Length..] : "";
            }
            else
            {
                names[i] = governments.GetValueOrDefault(e.Conflict, "");
            }
        }

        return names;
    }
}

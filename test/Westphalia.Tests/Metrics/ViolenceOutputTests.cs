using System.Globalization;
using Westphalia.Conflict;
using Westphalia.Metrics;

namespace Westphalia.Tests.Metrics;

/// <summary>The violence outputs: the UCDP GED event table, the UCDP/PRIO conflict list, the country-year panel, the civil-war list.</summary>
public class ViolenceOutputTests
{
    private const int StartYear = 2000;

    private static readonly Westphalia.World SmallWorld = new Simulation(TestWorlds.Grid(width: 6, height: 5, states: 3)).World;

    private static readonly CivilConflict[] OneCivilWar = [new() { Id = 0, State = 0, StateName = "Ruritania", RebelName = "Front", Aim = CivilWarAim.Government }];

    /// <summary>A month of battle in region 0 of state 0 in civil war 0, deaths split between the sides.</summary>
    private static ViolenceEvent Battle(int tick, long government, long rebels, string conflict = "civil-0") =>
        new(ViolenceType.StateBased, conflict, "Government of Ruritania", "Front", 0, 0, tick, government, rebels, 0);

    private static ViolenceEvent Massacre(int tick, long civilians) =>
        new(ViolenceType.OneSided, "civil-0", "Government of Ruritania", "", 0, 0, tick, 0, 0, civilians);

    private static Table Conflicts(params ViolenceEvent[] events) => ArmedConflictListWriter.Build(events, OneCivilWar, SmallWorld, StartYear);

    [Fact]
    public void A_conflict_year_with_24_battle_deaths_gives_no_row_and_one_with_25_does()
    {
        var table = Conflicts(
            Battle(0, 10, 4), Battle(5, 5, 5), // 2000: 24
            Battle(12, 20, 5)); // 2001: 25
        Assert.Equal(1, table.RowCount);
        Assert.Equal(2001, table["year"].Ints[0]);
        Assert.Equal(1, table["intensity_level"].Ints[0]);
    }

    [Fact]
    public void The_threshold_applies_per_calendar_year_not_per_twelve_months()
    {
        // 40 battle deaths in two consecutive months, but 20 in December 2000 and 20 in January 2001.
        Assert.Equal(0, Conflicts(Battle(11, 10, 10), Battle(12, 10, 10)).RowCount);
    }

    [Fact]
    public void Civilians_killed_in_one_sided_violence_are_not_battle_deaths()
    {
        Assert.Equal(0, Conflicts(Battle(0, 10, 10), Massacre(1, 500)).RowCount);
    }

    [Fact]
    public void Intensity_is_2_from_1000_battle_deaths_in_a_year()
    {
        var table = Conflicts(Battle(0, 500, 499), Battle(12, 500, 500));
        Assert.Equal([2000, 2001], table["year"].Ints);
        Assert.Equal([1, 2], table["intensity_level"].Ints);
    }

    [Fact]
    public void A_civil_war_row_has_its_aim_intrastate_type_start_date_and_episode_end()
    {
        CivilConflict[] ended = [new() { Id = 0, State = 0, StateName = "Ruritania", RebelName = "Front", Aim = CivilWarAim.Territory, EndTick = 30, Outcome = CivilWarOutcome.Settlement }];
        var table = ArmedConflictListWriter.Build([Massacre(2, 5), Battle(3, 20, 20), Battle(15, 1, 1), Battle(27, 30, 0)], ended, SmallWorld, StartYear);
        Assert.Equal([2000, 2002], table["year"].Ints); // 2001 had 2 battle deaths
        Assert.All(table["conflict_id"].Ints, id => Assert.Equal(1, id));
        Assert.All(table["incompatibility"].Ints, i => Assert.Equal(1, i));
        Assert.All(table["type_of_conflict"].Ints, t => Assert.Equal(3, t));
        Assert.All(table["start_date"].Dates, d => Assert.Equal(new DateOnly(2000, 4, 1), d)); // the first battle, not the massacre before it
        Assert.Equal([new DateOnly(2000, 4, 1), new DateOnly(2002, 4, 1)], table["start_date2"].Dates); // each episode's first battle
        Assert.Equal([1, 1], table["ep_end"].Ints); // 2001 was quiet, and the war ended in 2002
        Assert.Equal([new DateOnly(2000, 4, 30), new DateOnly(2002, 4, 30)], [table["ep_end_date"].DateAt(0), table["ep_end_date"].DateAt(1)]);
        Assert.Equal("Government of Ruritania", table["side_a"].Texts[0]);
        Assert.Equal("Front", table["side_b"].Texts[0]);

        // Still going on: the episode of 2000 ended with the quiet year, the one of 2002 has not.
        var ongoing = ArmedConflictListWriter.Build([Battle(3, 20, 20), Battle(27, 30, 0)], OneCivilWar, SmallWorld, StartYear);
        Assert.Equal([1, 0], ongoing["ep_end"].Ints);
        Assert.Null(ongoing["ep_end_date"].DateAt(1));
        Assert.Null(ongoing["ep_end_prec"].IntAt(1));
    }

    [Fact]
    public void An_interstate_war_is_a_territorial_interstate_conflict_listed_after_one_that_began_earlier()
    {
        var war = new ViolenceEvent(ViolenceType.StateBased, "war-0", "Government of A", "Government of B", 0, 0, 14, 30, 30, 0);
        var ally = new ViolenceEvent(ViolenceType.StateBased, "war-0", "Government of C", "Government of B", 0, 0, 15, 3, 3, 0);
        var back = new ViolenceEvent(ViolenceType.StateBased, "war-0", "Government of B", "Government of A", 0, 0, 16, 3, 3, 0);
        var table = ArmedConflictListWriter.Build([Battle(0, 20, 20), war, ally, back, Battle(13, 20, 20)], OneCivilWar, SmallWorld, StartYear);
        Assert.Equal([1, 1, 2], table["conflict_id"].Ints);
        Assert.Equal([2000, 2001, 2001], table["year"].Ints);
        Assert.Equal(1, table["incompatibility"].Ints[2]);
        Assert.Equal(2, table["type_of_conflict"].Ints[2]);
        Assert.Equal("Government of A, Government of C", table["side_a"].Texts[2]);
        Assert.Equal("Government of B", table["side_b"].Texts[2]);
        Assert.Equal("4, 6", table["side_a_id"].Texts[2]); // actors: 1 Civilians, 2 the government, 3 the rebels, 4 A, 5 B, 6 C
        Assert.Equal("5", table["side_b_id"].Texts[2]);
    }

    [Fact]
    public void An_event_of_an_unknown_civil_war_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Conflicts(Battle(0, 20, 20, "civil-3")));
    }

    [Theory]
    [InlineData(0, "2000-01-01", "2000-01-31")]
    [InlineData(1, "2000-02-01", "2000-02-29")] // 2000 is a leap year
    [InlineData(11, "2000-12-01", "2000-12-31")]
    [InlineData(13, "2001-02-01", "2001-02-28")]
    [InlineData(39, "2003-04-01", "2003-04-30")]
    public void GED_dates_are_the_first_and_last_day_of_the_event_month(int tick, string start, string end)
    {
        var table = ViolenceEventWriter.Build([Battle(tick, 1, 2)], SmallWorld, StartYear);
        Assert.Equal(DateOnly.Parse(start, CultureInfo.InvariantCulture), table["date_start"].Dates[0]);
        Assert.Equal(DateOnly.Parse(end, CultureInfo.InvariantCulture), table["date_end"].Dates[0]);
        Assert.Equal(int.Parse(start[..4], CultureInfo.InvariantCulture), table["year"].Ints[0]);
    }

    [Fact]
    public void GED_rows_number_the_events_in_order_and_give_equal_low_best_and_high()
    {
        var table = ViolenceEventWriter.Build([Battle(0, 3, 4), Massacre(0, 5)], SmallWorld, StartYear);
        Assert.Equal([1, 2], table["id"].Ints);
        Assert.Equal([1, 3], table["type_of_violence"].Ints);
        Assert.Equal(["Government of Ruritania - Front", "Government of Ruritania - Civilians"], table["dyad_name"].Texts);
        Assert.Equal(["Front", "Civilians"], table["side_b"].Texts); // UCDP's side B of one-sided violence
        Assert.Equal(1, table["side_b_new_id"].Ints[1]); // Civilians are actor 1
        Assert.Equal([7L, 5L], table["best"].Longs);
        Assert.Equal(table["best"].Longs, table["low"].Longs);
        Assert.Equal(table["best"].Longs, table["high"].Longs);
        Assert.Equal([0L, 0L], table["deaths_unknown"].Longs);
        Assert.Equal(SmallWorld.States.Name[0], table["country"].Texts[0]);
        Assert.Equal(SmallWorld.Regions.Name[0], table["where_coordinates"].Texts[0]);
        Assert.Null(table["region"].TextAt(0)); // a synthetic state has no UCDP region
    }

    [Fact]
    public void A_GED_event_in_a_state_whose_slot_was_later_taken_names_the_state_of_its_time()
    {
        var world = new Simulation(TestWorlds.Grid(width: 6, height: 5, states: 3)).World;
        world.States.FoundedTick[0] = 24;
        world.States.Name[0] = "Newland";
        var rebels = new ViolenceEvent(ViolenceType.OneSided, "civil-0", "Front", "", 0, 0, 5, 0, 0, 3);
        var war = new ViolenceEvent(ViolenceType.StateBased, "war-0", "Government of Attacker", "Government of Ruritania", 0, 0, 6, 1, 1, 0);
        var table = ViolenceEventWriter.Build([Battle(4, 1, 1), rebels, war, Battle(30, 1, 1)], world, StartYear);
        Assert.Equal(["Ruritania", "Ruritania", "Ruritania", "Newland"], table["country"].Texts);
    }

    [Fact]
    public void Country_year_columns_are_the_record_fields_in_order_with_their_values()
    {
        CountryYear[] rows =
        [
            new(2000, 3, "Ruritania", 1500.5, 0.6, 9.2, 2.1, true, false, true, false, 0.25, 1.5, 0.3, true, 0.7, 0.1, 0.02, true, false, false, 23, true),
            new(2001, 4, "Freedonia", 900, 0.4, 8, 1, false, true, false, true, 0.5, 0, 0.1, false, 0, 0.9, 0.05, false, true, true, -1, false),
        ];
        var table = CountryYearWriter.Build(rows);
        var fields = typeof(CountryYear).GetConstructors().Single().GetParameters();
        Assert.Equal(fields.Select(f => Column(f.Name!)), table.Columns.Select(c => c.Name));
        for (var row = 0; row < rows.Length; row++)
        {
            foreach (var (field, column) in fields.Zip(table.Columns))
            {
                var expected = typeof(CountryYear).GetProperty(field.Name!)!.GetValue(rows[row]);
                if (column.Name == "years_since_war" && expected is -1.0)
                {
                    expected = null; // no war yet: a null, not −1
                }

                object? actual = column.Kind switch
                {
                    ColumnKind.Int => column.IntAt(row),
                    ColumnKind.Double => column.DoubleAt(row),
                    ColumnKind.Bool => column.Bools[row],
                    _ => column.Texts[row],
                };
                Assert.Equal(expected, actual);
            }
        }
    }

    [Fact]
    public void The_civil_war_list_gives_an_ongoing_war_no_end_and_a_duration_to_the_last_month()
    {
        CivilConflict[] wars =
        [
            new() { Id = 0, State = 0, StateName = "Ruritania", RebelName = "Front", Aim = CivilWarAim.Territory, StartTick = 13, EndTick = 36, Outcome = CivilWarOutcome.Secession, NewState = 1 },
            new() { Id = 1, State = 2, StateName = "Freedonia", RebelName = "Army", Aim = CivilWarAim.Government, StartTick = 24, GovernmentPatron = 0 },
        ];
        var table = CivilWarListWriter.Build(wars, SmallWorld, StartYear, lastTick: 47);
        Assert.Equal([new DateOnly(2001, 2, 1), new DateOnly(2002, 1, 1)], table["start"].Dates);
        Assert.Equal([new DateOnly(2003, 1, 31), null], [table["end"].DateAt(0), table["end"].DateAt(1)]); // ongoing: null
        Assert.Equal([2.0, 2.0], table["duration_years"].Doubles);
        Assert.Equal(["territory", "government"], table["aim"].Texts);
        Assert.Equal(["secession", "ongoing"], table["outcome"].Texts);
        Assert.Equal(SmallWorld.States.Name[1], table["new_state"].TextAt(0));
        Assert.Null(table["new_state"].TextAt(1)); // no secession (yet): null
        Assert.Null(table["government_patron"].TextAt(0));
        Assert.Equal(SmallWorld.States.Name[0], table["government_patron"].TextAt(1));
    }

    /// <summary>A record field's column: snake_case, with the panel's own names for the state and the 1985 income.</summary>
    private static string Column(string field) => field switch
    {
        "State" => "state_id",
        "Name" => "state_name",
        "Income1985Thousands" => "gdp_1985k",
        _ => string.Concat(field.Select((c, i) => char.IsUpper(c) ? (i > 0 ? "_" : "") + char.ToLowerInvariant(c) : c.ToString())),
    };
}

using System.Globalization;
using Westphalia.Observers;
using Westphalia.Metrics;

namespace Westphalia.Tests.Metrics;

/// <summary>
/// One source of truth for battle deaths: every interstate and civil war has the same battle deaths in wars.csv,
/// ged.csv, conflicts.csv, civil_wars.csv and the event log, however each file cuts them (by participant, event,
/// year or side).
/// </summary>
public class BattleDeathsAgreementTests
{
    private const string GovernmentOf = "Government of ";

    /// <summary>
    /// A small, warlike default world: twenty states on 30×20 hexagons for thirty years, attacks considered often and
    /// launched at a 1.5:1 edge, no UN or treaties to stop them. Seed 1 gives ten interstate wars, four of them merged
    /// into others, and eleven civil wars.
    /// </summary>
    private static readonly Lazy<Simulation> Run = new(() =>
    {
        var simulation = new Simulation(TestWorlds.Grid(30, 20, states: 20, seed: 1, years: 30, extra:
        [
            "parameters.interstate_war.attack_probability=0.2", "parameters.interstate_war.superiority_threshold=1.5",
            "parameters.united_nations.enabled=false", "parameters.treaties.enabled=false",
            // Decisions on the true balance: with private information the fighting runs together into two long wars.
            "parameters.interstate_war.misperception=0",
        ]));
        simulation.Run();
        return simulation;
    });

    [Fact]
    public void The_run_has_several_interstate_wars_some_merged_and_several_civil_wars()
    {
        var wars = Run.Value.War.Wars.Wars;
        Assert.True(wars.Count(w => w.MergedInto < 0) >= 4, $"{wars.Count(w => w.MergedInto < 0)} interstate wars");
        Assert.Contains(wars, w => w.MergedInto >= 0);
        Assert.True(Run.Value.CivilWar.Conflicts.Count >= 4, $"{Run.Value.CivilWar.Conflicts.Count} civil wars");
    }

    [Fact]
    public void Every_interstate_war_has_the_same_battle_deaths_in_the_war_list_the_event_list_and_the_event_log()
    {
        var simulation = Run.Value;
        var events = simulation.Observer<GedObserver>().Events;
        var wars = WarListWriter.Build(simulation.War.Wars, simulation.World, simulation.Scenario.StartYear, events);
        var disputes = DisputeListWriter.Build(simulation.War.Wars, simulation.World, simulation.Scenario.StartYear);
        var ged = ViolenceEventWriter.Build(events, simulation.World, simulation.Scenario.StartYear, simulation.War.Wars);

        // The event list, summed by the war each battle counts under and by participant.
        var byWar = new Dictionary<int, long>();
        var byParticipant = new Dictionary<(int War, string Name), long>();
        for (var i = 0; i < ged.RowCount; i++)
        {
            if (!ged["conflict_name"].Texts[i].StartsWith("war-", StringComparison.Ordinal))
            {
                continue;
            }

            var war = Canonical(simulation, ged["conflict_name"].Texts[i]);
            var (a, b) = (ged["deaths_a"].Longs[i], ged["deaths_b"].Longs[i]);
            byWar[war] = byWar.GetValueOrDefault(war) + a + b;
            Add(byParticipant, (war, Name(ged["side_a"].Texts[i])), a);
            Add(byParticipant, (war, Name(ged["side_b"].Texts[i])), b);
        }

        // The war list (1,000 battle deaths or more) and the dispute list (fewer): each participant's share, per war.
        var participants = new Dictionary<(int War, string Name), long>();
        for (var i = 0; i < wars.RowCount; i++)
        {
            Add(participants, (wars["WarNum"].Ints[i] - 1, wars["StateName"].Texts[i]), wars["BatDeath"].Longs[i]);
        }

        var inWars = participants.Keys.Select(k => k.War).ToHashSet();
        for (var i = 0; i < disputes.RowCount; i++)
        {
            Add(participants, (disputes["dispnum"].Ints[i] - 1, disputes["statename"].Texts[i]), disputes["fatalpre"].Longs[i]);
        }

        var listed = participants.GroupBy(p => p.Key.War).ToDictionary(g => g.Key, g => g.Sum(p => p.Value));
        Assert.NotEmpty(inWars);
        Assert.All(listed, war => Assert.Equal(inWars.Contains(war.Key), war.Value >= WarListWriter.Threshold));
        Assert.Equal(byWar.OrderBy(p => p.Key), listed.Where(p => p.Value > 0).OrderBy(p => p.Key));
        Assert.Equal(byParticipant.Where(p => p.Value > 0).OrderBy(p => p.Key), participants.Where(p => p.Value > 0).OrderBy(p => p.Key));

        // The event log: each ended war's battle deaths when it ended.
        var ended = simulation.Observer<EventLogObserver>().Events.Where(e => e.Type == "war_ended").ToList();
        Assert.NotEmpty(ended);
        Assert.All(ended, e => Assert.Equal(listed[Number(e.Detail, "war ")], (long)e.Value));
    }

    [Fact]
    public void Every_civil_war_has_the_same_battle_deaths_by_side_in_the_civil_war_list_the_event_list_and_the_event_log()
    {
        var simulation = Run.Value;
        var list = CivilWarListWriter.Build(simulation.CivilWar.Conflicts, simulation.World, simulation.Scenario.StartYear, simulation.Tick - 1);
        var ged = ViolenceEventWriter.Build(simulation.Observer<GedObserver>().Events, simulation.World, simulation.Scenario.StartYear);
        var sums = new Dictionary<int, (long Government, long Rebels, long ByGovernment, long ByRebels)>();
        for (var i = 0; i < ged.RowCount; i++)
        {
            var name = ged["conflict_name"].Texts[i];
            if (!name.StartsWith("civil-", StringComparison.Ordinal))
            {
                continue;
            }

            var id = Number(name, "civil-");
            var s = sums.GetValueOrDefault(id);
            var byGovernment = ged["side_a"].Texts[i].StartsWith(GovernmentOf, StringComparison.Ordinal);
            s = ged["type_of_violence"].Ints[i] switch
            {
                (int)ViolenceType.StateBased => (s.Government + ged["deaths_a"].Longs[i], s.Rebels + ged["deaths_b"].Longs[i], s.ByGovernment, s.ByRebels),
                _ when byGovernment => (s.Government, s.Rebels, s.ByGovernment + ged["deaths_civilians"].Longs[i], s.ByRebels),
                _ => (s.Government, s.Rebels, s.ByGovernment, s.ByRebels + ged["deaths_civilians"].Longs[i]),
            };
            sums[id] = s;
        }

        Assert.NotEmpty(sums);
        for (var i = 0; i < list.RowCount; i++)
        {
            var s = sums.GetValueOrDefault(list["id"].Ints[i]);
            Assert.Equal(s.Government, list["government_battle_deaths"].Longs[i]);
            Assert.Equal(s.Rebels, list["rebel_battle_deaths"].Longs[i]);
            Assert.Equal(s.Government + s.Rebels, list["battle_deaths"].Longs[i]);
            Assert.Equal(s.ByGovernment, list["civilians_killed_by_government"].Longs[i]);
            Assert.Equal(s.ByRebels, list["civilians_killed_by_rebels"].Longs[i]);
        }

        var ended = simulation.Observer<EventLogObserver>().Events.Where(e => e.Type == "civil_war_ended").ToList();
        Assert.NotEmpty(ended);
        Assert.All(ended, e =>
        {
            var id = Number(e.Detail, "civil war ");
            Assert.Equal(sums.GetValueOrDefault(id).Government + sums.GetValueOrDefault(id).Rebels, (long)e.Value);
        });

        // The summary the command prints sums the same records.
        Assert.Equal(list["battle_deaths"].Longs.Sum(), simulation.CivilWar.Conflicts.Sum(c => c.BattleDeaths));
    }

    [Fact]
    public void Every_conflict_year_of_the_armed_conflict_list_has_the_battle_deaths_of_its_events_and_no_active_year_is_missing()
    {
        var simulation = Run.Value;
        var startYear = simulation.Scenario.StartYear;
        var ged = ViolenceEventWriter.Build(simulation.Observer<GedObserver>().Events, simulation.World, startYear, simulation.War.Wars);
        var conflicts = ArmedConflictListWriter.Build(simulation.Observer<GedObserver>().Events, simulation.CivilWar.Conflicts, simulation.World, startYear, simulation.War.Wars);
        var expected = new Dictionary<(int Conflict, int Year), long>();
        var kinds = new Dictionary<int, int>();
        for (var i = 0; i < ged.RowCount; i++)
        {
            var name = ged["conflict_name"].Texts[i];
            if (ged["type_of_violence"].Ints[i] != (int)ViolenceType.StateBased || !(name.StartsWith("war-", StringComparison.Ordinal) || name.StartsWith("civil-", StringComparison.Ordinal)))
            {
                continue;
            }

            // conflict_new_id is the conflict a battle counts under: a merged war's battles count under the war it joined.
            var id = ged["conflict_new_id"].Ints[i];
            kinds[id] = name.StartsWith("war-", StringComparison.Ordinal) ? ArmedConflictListWriter.Interstate : ArmedConflictListWriter.Intrastate;
            Add(expected, (id, ged["year"].Ints[i]), ged["deaths_a"].Longs[i] + ged["deaths_b"].Longs[i]);
        }

        var rows = Enumerable.Range(0, conflicts.RowCount).Select(i => (conflicts["conflict_id"].Ints[i], conflicts["year"].Ints[i])).ToList();
        Assert.Contains(Enumerable.Range(0, conflicts.RowCount), i => conflicts["type_of_conflict"].Ints[i] == ArmedConflictListWriter.Interstate);
        Assert.Contains(Enumerable.Range(0, conflicts.RowCount), i => conflicts["type_of_conflict"].Ints[i] == ArmedConflictListWriter.Intrastate);
        var active = expected.Where(p => p.Value >= ArmedConflictListWriter.Threshold).ToList();
        Assert.Equal(active.Select(p => p.Key).Order(), rows.Order());
        for (var i = 0; i < conflicts.RowCount; i++)
        {
            var deaths = expected[(conflicts["conflict_id"].Ints[i], conflicts["year"].Ints[i])];
            Assert.Equal(deaths >= ArmedConflictListWriter.WarThreshold ? 2 : 1, conflicts["intensity_level"].Ints[i]);
            Assert.Equal(kinds[conflicts["conflict_id"].Ints[i]], conflicts["type_of_conflict"].Ints[i]);
        }
    }

    /// <summary>The war a battle of <c>war-N</c> counts under: war N, or the war it was merged into.</summary>
    private static int Canonical(Simulation simulation, string conflict)
    {
        var wars = simulation.War.Wars.Wars;
        var war = wars[Number(conflict, "war-")];
        while (war.MergedInto >= 0)
        {
            war = wars[war.MergedInto];
        }

        return war.Id;
    }

    private static int Number(string text, string prefix)
    {
        Assert.StartsWith(prefix, text, StringComparison.Ordinal);
        var digits = new string([.. text[prefix.Length..].TakeWhile(char.IsAsciiDigit)]);
        return int.Parse(digits, CultureInfo.InvariantCulture);
    }

    private static string Name(string side)
    {
        Assert.StartsWith(GovernmentOf, side, StringComparison.Ordinal);
        return side[GovernmentOf.Length..];
    }

    private static void Add<TKey>(Dictionary<TKey, long> sums, TKey key, long value)
        where TKey : notnull => sums[key] = sums.GetValueOrDefault(key) + value;
}

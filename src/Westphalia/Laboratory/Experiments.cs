using Westphalia.Observers;

namespace Westphalia.Laboratory;

/// <summary>The named experiments of <c>westphalia experiment</c>: the seeds' claims, each run as a paired comparison (docs/LABORATORY.md).</summary>
public static class Experiments
{
    /// <summary>Terror attacks foiled by the police, as a share of those set out (the summary's counts).</summary>
    public static Outcome Interdicted { get; } = new("attacks_foiled_share", "terror attacks foiled", Outcomes.StateLevel, "share of attacks set out", s =>
    {
        var summary = s.Observer<SummaryObserver>().Summary();
        var all = summary.TerrorAttacks + summary.TerrorAttacksFoiled;
        return all > 0 ? (double)summary.TerrorAttacksFoiled / all : 0;
    });

    /// <summary>People killed by terror attacks over the run.</summary>
    public static Outcome TerrorDeaths { get; } = new("terror_deaths", "terror deaths", Outcomes.IndividualLevel, "people", s => s.Observer<SummaryObserver>().Summary().TerrorDeaths);

    /// <summary>Civilians killed in civil wars, by either side, over the run.</summary>
    public static Outcome CiviliansKilled { get; } = new("civilians_killed", "civilians killed in civil wars", Outcomes.IndividualLevel, "people",
        s => s.CivilWar.Conflicts.Sum(c => (double)(c.GovernmentKillings + c.RebelKillings)));

    /// <summary>Mass atrocities (a side killing 1,000 civilians or more within twelve months) over the run.</summary>
    public static Outcome MassAtrocities { get; } = new("mass_atrocities", "mass atrocities", Outcomes.IndividualLevel, "events",
        s => s.Observer<EventLogObserver>().Events.Count(e => e is Events.MassAtrocity));

    /// <summary>Overrides of sovereignty: protection forces sent in, and enforcement authorised, over the run.</summary>
    public static Outcome SovereigntyOverrides { get; } = new("sovereignty_overrides", "overrides of sovereignty", Outcomes.StateLevel, "events",
        s => s.Observer<EventLogObserver>().Events.Count(e => e is Events.SovereigntyOverride));

    /// <summary>The states that invest in others in <c>security-of-others</c>: every other state of the default map.</summary>
    public static IReadOnlySet<string> Donors { get; } = new SortedSet<string>(Enumerable.Range(0, 20).Select(i => $"State {(2 * i) + 1}"), StringComparer.Ordinal);

    /// <summary>The states that turn to collective security in <c>collective-security-mixed</c>: every other state of the Cusack–Stoll map.</summary>
    public static IReadOnlySet<string> Guardians { get; } = new SortedSet<string>(Enumerable.Range(0, 49).Select(i => $"State {(2 * i) + 1}"), StringComparer.Ordinal);

    public static IReadOnlyList<Experiment> All { get; } =
    [
        new(
            "collective-security",
            "Collective security against realism",
            "States that stand by the victims of aggression survive better than states that look after themselves alone.",
            "Cusack & Stoll (1990, 1994): in their simulations collective-security systems endured where realist ones consolidated.",
            "cusack-stoll",
            [],
            Arm.Paradigm("realist"),
            Arm.Paradigm("collective-security"),
            [Outcomes.Named("survival"), Outcomes.Named("territory_kept"), Outcomes.Named("interstate_wars"), Outcomes.Named("battle_deaths"), Outcomes.Named("military_burden")],
            +1,
            20,
            "A collective-security government decides on war by the same odds as a realist one; it differs in standing by neighbours attacked by an aggressor, so its forces count against a would-be attacker (deterrence) and join the war once it is begun (defence) (docs/ODD.md §7.1, §7.4.4). Its military is smaller than a realist's (2% of output), so a world of them is weaker in arms and stronger in coalitions; what decides is which counts more."),
        new(
            "collective-security-mixed",
            "Collective security among realists",
            "States that stand by the victims of aggression survive better than states that look after themselves alone, even among states that do not.",
            "Cusack & Stoll (1990, 1994); Kupchan & Kupchan (1991) on collective security with some states outside it.",
            "cusack-stoll",
            [],
            Arm.Paradigm("realist"),
            new Arm("half collective-security", ["doctrines.default=realist", "doctrines.assignments={}", .. Guardians.Select(g => $"doctrines.assignments.{g}=collective-security")]),
            [Outcomes.SurvivalOf("guardians", Guardians), Outcomes.TerritoryKeptOf("guardians", Guardians), Outcomes.Named("survival"), Outcomes.Named("interstate_wars"), Outcomes.Named("battle_deaths")],
            +1,
            20,
            "A mixed world: 49 of the Cusack–Stoll map's 98 states (State 1, 3, …, 97) are collective-security states in the treatment arm and realists in the baseline; the other 49 are realists in both. The deciding outcome is the survival of those 49. They decide on war by the same odds as the realists, and stand by each other's (and any) victims of aggression (docs/ODD.md §7.1), so what decides is whether that coalition deters and defends better than the realists' self-help."),
        new(
            "interpol-internet",
            "Interpol's notices before and after the internet",
            "Information shared at once (the internet, Interpol's I-24/7 since 2002) foils more terror attacks than notices sent by post.",
            "The seed texts on Interpol's information sharing (docs/ODD.md §7.18); Interpol's I-24/7 network (2002).",
            "default",
            [],
            new Arm("letters", ["parameters.interpol.era=letters"]),
            new Arm("internet", ["parameters.interpol.era=internet"]),
            [Interdicted, TerrorDeaths, Outcomes.Named("violent_death_rate"), Outcomes.Named("freedom_from_fear")],
            +1,
            20),
        new(
            "security-of-others",
            "Security through the security of others",
            "A state best maintains its security by ensuring the security of others.",
            "The seed texts: human security as a condition of state security; the human-development doctrine (docs/ODD.md §7.1) gives the UN's aid target of 0.7% of output to poorer states.",
            "default",
            [],
            new Arm("balanced", []),
            new Arm("donors", [.. Donors.Select(d => $"doctrines.assignments.{d}=human-development")]),
            [Outcomes.TerritoryKeptOf("donors", Donors), Outcomes.SurvivalOf("donors", Donors), Outcomes.HsiOf("donors", Donors), Outcomes.Named("hsi"), Outcomes.Named("civil_wars")],
            +1,
            20,
            "A mixed world: twenty of the default map's forty states (State 1, 3, …, 39) are human-development donors in the treatment arm and balanced in the baseline, the rest balanced in both; the outcomes that decide are those of the twenty. Aid is the only way a state invests in others' security here; alliances and collective security are not part of this arm."),
        new(
            "responsibility-to-protect",
            "The Responsibility to Protect: atrocities prevented against sovereignty overridden",
            "Protection forces sent in under the Responsibility to Protect save civilians from their governments, at the price of overriding the sovereignty of the states they enter.",
            "The seed texts on the UN Security Council and the Responsibility to Protect (ICISS 2001; World Summit Outcome 2005, §138–139).",
            "default",
            [],
            new Arm("no protection forces", ["parameters.united_nations.protection_years=0"]),
            new Arm("protection forces", []),
            [CiviliansKilled, MassAtrocities, SovereigntyOverrides, Outcomes.Named("freedom_from_fear"), Outcomes.Named("violent_death_rate")],
            -1,
            20,
            "Without protection forces the Council still adopts its protection resolutions, but no force is sent (protection_years 0), so no sovereignty is overridden by one; collective enforcement against aggressors, which also overrides sovereignty, is the same in both arms. A protection force's effect is a parameter (protection_force_effect 0.8 of the government's one-sided violence prevented, docs/ODD.md §7.17), so the civilians it saves follow from that number and from how often the Council sends one: this experiment measures the second, not the first."),
    ];

    /// <summary>The experiment named <paramref name="name"/>, or null.</summary>
    public static Experiment? Named(string name) => All.FirstOrDefault(e => e.Name == name);
}

namespace Westphalia.Metrics;

/// <summary>
/// The country-year panel of civil-war risk in the style of Fearon &amp; Laitin (2003): one row per living state per
/// year (its January), with the onset model's covariates, the hazard they give, whether the state was at risk of an
/// onset (at peace), whether a war broke out and whether one was going on. One column per field of
/// <see cref="CountryYear"/>, in order.
/// </summary>
public static class CountryYearWriter
{
    public static Table Build(IReadOnlyList<CountryYear> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new Table("country_years",
        [
            ("year", ColumnKind.Int), ("state_id", ColumnKind.Int), ("state_name", ColumnKind.Text),
            ("income_per_capita", ColumnKind.Double), ("gdp_1985k", ColumnKind.Double), ("log_population", ColumnKind.Double),
            ("log_mountainous", ColumnKind.Double), ("oil", ColumnKind.Bool), ("new_state", ColumnKind.Bool), ("instability", ColumnKind.Bool),
            ("prior_war", ColumnKind.Bool), ("neglect", ColumnKind.Double), ("repression", ColumnKind.Double), ("inequality", ColumnKind.Double),
            ("neighbour_war", ColumnKind.Bool), ("refugees", ColumnKind.Double), ("post_war", ColumnKind.Double), ("hazard", ColumnKind.Double),
            ("at_risk", ColumnKind.Bool), ("onset", ColumnKind.Bool), ("ongoing", ColumnKind.Bool),
            ("years_since_war", ColumnKind.Double), ("peacekeeping", ColumnKind.Bool),
        ],
        nullable: ["years_since_war"]);
        foreach (var r in rows)
        {
            table["year"].Ints.Add(r.Year);
            table["state_id"].Ints.Add(r.State);
            table["state_name"].Texts.Add(r.Name);
            table["income_per_capita"].Doubles.Add(r.IncomePerCapita);
            table["gdp_1985k"].Doubles.Add(r.Income1985Thousands);
            table["log_population"].Doubles.Add(r.LogPopulation);
            table["log_mountainous"].Doubles.Add(r.LogMountainous);
            table["oil"].Bools.Add(r.Oil);
            table["new_state"].Bools.Add(r.NewState);
            table["instability"].Bools.Add(r.Instability);
            table["prior_war"].Bools.Add(r.PriorWar);
            table["neglect"].Doubles.Add(r.Neglect);
            table["repression"].Doubles.Add(r.Repression);
            table["inequality"].Doubles.Add(r.Inequality);
            table["neighbour_war"].Bools.Add(r.NeighbourWar);
            table["refugees"].Doubles.Add(r.Refugees);
            table["post_war"].Doubles.Add(r.PostWar);
            table["hazard"].Doubles.Add(r.Hazard);
            table["at_risk"].Bools.Add(r.AtRisk);
            table["onset"].Bools.Add(r.Onset);
            table["ongoing"].Bools.Add(r.Ongoing);
            table["years_since_war"].Add(r.YearsSinceWar >= 0 ? r.YearsSinceWar : null);
            table["peacekeeping"].Bools.Add(r.Peacekeeping);
        }

        return table;
    }
}

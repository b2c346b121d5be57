using Westphalia.Metrics;
using static Westphalia.Observers.ObservationWindow;

namespace Westphalia.Observers;

/// <summary>The columns the series of states, the world and regions share: time, flows and Human Security scores.</summary>
internal static class Series
{
    public static readonly (string, ColumnKind)[] Time = [("year", ColumnKind.Int), ("month", ColumnKind.Int), ("tick", ColumnKind.Int)];

    public static readonly (string, ColumnKind)[] Flows =
    [
        ("births", ColumnKind.Long), ("deaths", ColumnKind.Long), ("violent_deaths", ColumnKind.Long), ("net_migration", ColumnKind.Long),
        ("tax_revenue", ColumnKind.Long), ("aid_received", ColumnKind.Long), ("military_spending", ColumnKind.Long),
        ("welfare_spending", ColumnKind.Long), ("police_spending", ColumnKind.Long), ("aid_given", ColumnKind.Long),
    ];

    public static readonly (string, ColumnKind)[] Scores =
    [
        ("life_expectancy", ColumnKind.Double), ("food_security", ColumnKind.Double), ("violent_death_rate", ColumnKind.Double),
        ("displaced_share", ColumnKind.Double), ("income_index", ColumnKind.Double), ("health_index", ColumnKind.Double),
        ("food_index", ColumnKind.Double), ("violence_index", ColumnKind.Double), ("displacement_index", ColumnKind.Double),
        ("freedom_from_want", ColumnKind.Double), ("freedom_from_fear", ColumnKind.Double), ("hsi", ColumnKind.Double),
    ];

    public static void AddTime(Table t, in TickContext context)
    {
        t["year"].Ints.Add(context.Year);
        t["month"].Ints.Add(context.Month);
        t["tick"].Ints.Add(context.Tick);
    }

    public static void AddFlows(Table t, ReadOnlySpan<long> flows)
    {
        t["births"].Longs.Add(flows[FlowBirths]);
        t["deaths"].Longs.Add(flows[FlowDeaths]);
        t["violent_deaths"].Longs.Add(flows[FlowViolentDeaths]);
        t["net_migration"].Longs.Add(flows[FlowNetMigration]);
        t["tax_revenue"].Longs.Add(flows[FlowTax]);
        t["aid_received"].Longs.Add(flows[FlowAidReceived]);
        t["military_spending"].Longs.Add(flows[FlowMilitary]);
        t["welfare_spending"].Longs.Add(flows[FlowWelfare]);
        t["police_spending"].Longs.Add(flows[FlowPolice]);
        t["aid_given"].Longs.Add(flows[FlowAidGiven]);
    }

    public static void AddScores(Table t, in HumanSecurityScores s)
    {
        t["life_expectancy"].Doubles.Add(s.LifeExpectancy);
        t["food_security"].Doubles.Add(s.FoodSecurity);
        t["violent_death_rate"].Doubles.Add(s.ViolentDeathRate);
        t["displaced_share"].Doubles.Add(s.DisplacedShare);
        t["income_index"].Doubles.Add(s.IncomeIndex);
        t["health_index"].Doubles.Add(s.HealthIndex);
        t["food_index"].Doubles.Add(s.FoodIndex);
        t["violence_index"].Doubles.Add(s.ViolenceIndex);
        t["displacement_index"].Doubles.Add(s.DisplacementIndex);
        t["freedom_from_want"].Doubles.Add(s.FreedomFromWant);
        t["freedom_from_fear"].Doubles.Add(s.FreedomFromFear);
        t["hsi"].Doubles.Add(s.Index);
    }
}

namespace Westphalia;

/// <summary>
/// Per-region state as struct-of-arrays, indexed by region id. Stocks (population, output, life expectancy, food
/// security) are integrated monthly; rates are set once a year by the mechanisms that own them.
/// </summary>
public sealed class RegionTable
{
    public RegionTable(int count)
    {
        Count = count;
        Name = new string[count];
        X = new double[count];
        Y = new double[count];
        PrioGrid = new int[count];
        Array.Fill(PrioGrid, -1);
        Owner = new int[count];
        Ruggedness = new double[count];
        Population = new long[count];
        IncomePerCapita = new double[count];
        Productivity = new double[count];
        LifeExpectancy = new double[count];
        FoodSecurity = new double[count];
        ViolentDeathRate = new double[count];
        Displaced = new long[count];
        GrowthFactor = new double[count];
        BirthRate = new double[count];
        DeathRate = new double[count];
        LifeExpectancyTarget = new double[count];
        FoodSecurityTarget = new double[count];
        Attractiveness = new double[count];
        BirthCarry = new double[count];
        DeathCarry = new double[count];
        ViolenceCarry = new double[count];
        Births = new long[count];
        Deaths = new long[count];
        ViolentDeaths = new long[count];
        MigrantsIn = new long[count];
        MigrantsOut = new long[count];
        Oil = new bool[count];
        Rebels = new int[count];
        Array.Fill(Rebels, -1);
        WarDamage = new double[count];
        ConflictDeaths = new long[count];
        DisplacedIn = new long[count];
        DisplacedOut = new long[count];
        HealthGain = new double[count];
        Schooling = new double[count];
        AgeStructureGrowth = new double[count];
    }

    public int Count { get; }

    // Identity and geography (fixed after initialisation).
    public string[] Name { get; }
    public double[] X { get; }
    public double[] Y { get; }

    /// <summary>
    /// The PRIO-GRID cell (v2 numbering, 0.5° cells: gid = row · 720 + column + 1, row 0 from latitude −90, column 0 from
    /// longitude −180) the region lies in, in the `world` scenario; −1 in a synthetic world, which has no real place.
    /// </summary>
    public int[] PrioGrid { get; }
    /// <summary>Terrain ruggedness in [0, 1] (0 flat, 1 mountainous).</summary>
    public double[] Ruggedness { get; }

    /// <summary>Whether the region has oil deposits (fixed after initialisation).</summary>
    public bool[] Oil { get; }

    /// <summary>Owning state id; every region has exactly one owner.</summary>
    public int[] Owner { get; }

    // Stocks.
    public long[] Population { get; }
    /// <summary>Income (output) per person, US dollars per year; regional output is this times population.</summary>
    public double[] IncomePerCapita { get; }
    /// <summary>Steady-state income relative to the frontier, at the reference level of public investment.</summary>
    public double[] Productivity { get; }
    /// <summary>Life expectancy at birth, years.</summary>
    public double[] LifeExpectancy { get; }
    /// <summary>Share of the population that is food secure, in [0, 1].</summary>
    public double[] FoodSecurity { get; }
    /// <summary>Violent deaths per 100,000 people per year (the current rate).</summary>
    public double[] ViolentDeathRate { get; }
    /// <summary>People displaced from or within this region (counted in its population).</summary>
    public long[] Displaced { get; }

    /// <summary>The civil war whose rebels hold the region; −1 when its state's government holds it.</summary>
    public int[] Rebels { get; }
    /// <summary>Years the region's Preston curve has risen since the start through secular health progress (Health and food).</summary>
    public double[] HealthGain { get; }
    /// <summary>Mean years of schooling of adult women (Demography).</summary>
    public double[] Schooling { get; }
    /// <summary>
    /// The natural growth rate, per year, that has shaped the region's age structure: an average of past natural
    /// growth over about a generation (Demography). A young, fast-growing population has few deaths for its life
    /// expectancy; an old one many.
    /// </summary>
    public double[] AgeStructureGrowth { get; }

    /// <summary>War damage in [0, 1): the share of the region's output destroyed and not yet rebuilt (the conflict trap).</summary>
    public double[] WarDamage { get; }

    // Annual rates, set each January.
    /// <summary>Monthly multiplicative output growth factor.</summary>
    public double[] GrowthFactor { get; }
    /// <summary>Crude birth rate, per person per year.</summary>
    public double[] BirthRate { get; }
    /// <summary>Crude death rate from causes other than violence, per person per year.</summary>
    public double[] DeathRate { get; }
    public double[] LifeExpectancyTarget { get; }
    public double[] FoodSecurityTarget { get; }
    /// <summary>Log income per capita as seen by would-be migrants at the start of the year.</summary>
    public double[] Attractiveness { get; }

    // Fractional people carried between months so that integer counts are unbiased.
    public double[] BirthCarry { get; }
    public double[] DeathCarry { get; }
    public double[] ViolenceCarry { get; }

    // Flows during the current tick (people), for accounting and outputs.
    public long[] Births { get; }
    /// <summary>All deaths this tick, violent deaths included.</summary>
    public long[] Deaths { get; }
    public long[] ViolentDeaths { get; }
    public long[] MigrantsIn { get; }
    public long[] MigrantsOut { get; }
    /// <summary>Deaths from organised violence this tick (battle deaths and civilians killed), taken by Demography.</summary>
    public long[] ConflictDeaths { get; }
    /// <summary>People who fled into, or returned home to, the region this tick.</summary>
    public long[] DisplacedIn { get; }
    /// <summary>People who fled from, or returned home from, the region this tick.</summary>
    public long[] DisplacedOut { get; }

    public double Output(int region) => IncomePerCapita[region] * Population[region];

    /// <summary>
    /// The closest pair of regions, one from each list, by map position (squared Euclidean distance; the first pair in
    /// list order on a tie); with <paramref name="wrapWidth"/> above 0, positions wrap east–west at that width (a map
    /// round the globe). (−1, −1) when a list is empty.
    /// </summary>
    public (int A, int B) Closest(ReadOnlySpan<int> a, ReadOnlySpan<int> b, double wrapWidth = 0)
    {
        var best = (A: -1, B: -1, D: double.PositiveInfinity);
        foreach (var ra in a)
        {
            foreach (var rb in b)
            {
                var dx = Math.Abs(X[ra] - X[rb]);
                if (wrapWidth > 0)
                {
                    dx = Math.Min(dx, wrapWidth - dx);
                }

                var dy = Y[ra] - Y[rb];
                var d = (dx * dx) + (dy * dy);
                if (d < best.D)
                {
                    best = (ra, rb, d);
                }
            }
        }

        return (best.A, best.B);
    }
}

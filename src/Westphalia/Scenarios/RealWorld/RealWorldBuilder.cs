using System.Runtime.InteropServices;
using Westphalia.Parameters;

namespace Westphalia.Scenarios.RealWorld;

/// <summary>
/// Builds the initial world of a real data set (docs/ODD.md §5.5, "The world scenario"): one region per state per 0.5°
/// cell; the states with their codes, capitals and memberships; the standing alliances as blocs.
/// <list type="bullet">
/// <item>Map position: <c>X</c> the cell's column and <c>Y</c> its row counted from the north (359 − row), so the
/// interstate war's unit of distance is a cell, about 55 km north–south; the grid does not wrap at the antimeridian for
/// distances.</item>
/// <item>Neighbours: the regions of one cell, and of cells that share an edge (east–west across the antimeridian too); and
/// for two states whose land border the data set lists but whose cells do not touch (a state smaller than a cell, an
/// enclave), their two closest regions.</item>
/// <item>People: the state's population shared equally among its regions (the data set gives no distribution within a
/// state), whole people, the remainder to its first regions.</item>
/// <item>Income: no shipped source carries output, so income per head is estimated from life expectancy by inverting
/// the model's own Preston curve, y = exp((e − a) / b) with a = <c>preston_intercept</c> and b = <c>preston_slope</c>,
/// held within [<see cref="IncomeFloor"/>, <see cref="IncomeCeiling"/>]; a state with no life expectancy gets the
/// median of the estimates. The world so starts with each state's life expectancy where the data set has it. Military
/// spending follows from the government's budget share of that output. Both can be replaced by the importers.</item>
/// <item>Capital: the state's region in the cell of its data-set position (the country's centre point, not its capital
/// city, which no shipped source locates), or its region nearest to it.</item>
/// <item>Terrain and oil: no shipped source; every region gets <see cref="Ruggedness"/> and no oil.</item>
/// </list>
/// </summary>
public static class RealWorldBuilder
{
    /// <summary>Lowest estimated income per head, US dollars a year (about the lowest GDP per head in the World Bank's tables).</summary>
    public const double IncomeFloor = 300;

    /// <summary>Highest estimated income per head, US dollars a year.</summary>
    public const double IncomeCeiling = 100_000;

    /// <summary>Terrain ruggedness of every region (the synthetic worlds' mean; no shipped source gives terrain).</summary>
    public const double Ruggedness = 0.3;

    public static World Build(WorldDataSet data, EconomyParameters economy, HealthAndFoodParameters health, int stateCapacity = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(economy);
        ArgumentNullException.ThrowIfNull(health);
        var cells = data.Cells;
        var records = data.States;
        var n = cells.Count;
        var regions = new RegionTable(n);
        var regionsOf = new List<int>[records.Count];
        for (var s = 0; s < records.Count; s++)
        {
            regionsOf[s] = [];
        }

        for (var r = 0; r < n; r++)
        {
            var cell = cells[r];
            regions.Name[r] = $"{records[cell.State].Iso3} {cell.PrioGrid}";
            regions.X[r] = cell.Column;
            regions.Y[r] = WorldCell.Rows - 1 - cell.Row;
            regions.PrioGrid[r] = cell.PrioGrid;
            regions.Owner[r] = cell.State;
            regions.Ruggedness[r] = Ruggedness;
            regionsOf[cell.State].Add(r);
        }

        var incomes = records.Select(s => s.LifeExpectancy is { } e ? Income(e, health) : double.NaN).ToArray();
        var known = incomes.Where(double.IsFinite).Order().ToArray();
        var median = known.Length == 0 ? IncomeFloor : known.Length % 2 == 1 ? known[known.Length / 2] : (known[(known.Length / 2) - 1] + known[known.Length / 2]) / 2;
        for (var s = 0; s < records.Count; s++)
        {
            var income = double.IsFinite(incomes[s]) ? incomes[s] : median;
            var own = regionsOf[s];
            var people = records[s].Population ?? 0;
            var share = own.Count > 0 ? people / own.Count : 0;
            var remainder = own.Count > 0 ? people % own.Count : 0;
            for (var i = 0; i < own.Count; i++)
            {
                var r = own[i];
                regions.Population[r] = share + (i < remainder ? 1 : 0);
                regions.IncomePerCapita[r] = income;
                regions.Productivity[r] = income / economy.FrontierIncome;
            }
        }

        var states = new StateTable(Math.Max(records.Count, stateCapacity));
        var permanent = data.PermanentMembers.ToHashSet(StringComparer.Ordinal);
        var notUn = data.UnNonMembers.ToHashSet(StringComparer.Ordinal);
        var notInterpol = data.InterpolNonMembers.ToHashSet(StringComparer.Ordinal);
        for (var s = 0; s < records.Count; s++)
        {
            var rec = records[s];
            states.Name[s] = rec.Name;
            states.Capital[s] = Capital(rec, regionsOf[s], cells);
            states.Alive[s] = true;
            states.FoundedTick[s] = 0;
            states.Identity[s] = s;
            states.CowCode[s] = rec.CowCode ?? -1;
            states.CowAbbreviation[s] = rec.CowAbbreviation;
            states.GwCode[s] = rec.GwCode ?? -1;
            states.Iso3[s] = rec.Iso3;
            states.UnMember[s] = !notUn.Contains(rec.Iso3);
            states.InterpolMember[s] = !notInterpol.Contains(rec.Iso3);
            states.PermanentSeat[s] = permanent.Contains(rec.Iso3);
        }

        var world = new World(regions, Adjacency.FromEdges(n, Edges(data, regions, regionsOf)), states);
        Blocs(data, world.States);
        return world;
    }

    /// <summary>Income per head at which the model's Preston curve gives life expectancy <paramref name="lifeExpectancy"/>, within the floor and ceiling.</summary>
    public static double Income(double lifeExpectancy, HealthAndFoodParameters health)
    {
        ArgumentNullException.ThrowIfNull(health);
        return Math.Clamp(Math.Exp((lifeExpectancy - health.PrestonIntercept) / health.PrestonSlope), IncomeFloor, IncomeCeiling);
    }

    private static int Capital(WorldStateRecord state, List<int> own, IReadOnlyList<WorldCell> cells)
    {
        if (own.Count == 0)
        {
            throw new InvalidDataException($"cells.csv: {state.Iso3} holds no cell");
        }

        if (state.Latitude is not { } lat || state.Longitude is not { } lon)
        {
            return own[0];
        }

        var row = WorldCell.RowOf(lat);
        var column = WorldCell.ColumnOf(lon);
        var best = own[0];
        var bestDistance = double.MaxValue;
        foreach (var r in own)
        {
            var dr = cells[r].Row - row;
            var dc = Math.Abs(cells[r].Column - column);
            dc = Math.Min(dc, WorldCell.Columns - dc);
            var d = (dr * dr) + (dc * dc);
            if (d < bestDistance)
            {
                (best, bestDistance) = (r, d);
            }
        }

        return best;
    }

    private static List<(int, int)> Edges(WorldDataSet data, RegionTable regions, List<int>[] regionsOf)
    {
        var cells = data.Cells;
        var edges = new List<(int, int)>();

        // Regions by cell: the first region of each PRIO-GRID id and how many there are (cells are ordered by id).
        var first = new Dictionary<int, (int Start, int Count)>();
        for (var r = 0; r < cells.Count; r++)
        {
            var id = cells[r].PrioGrid;
            first[id] = first.TryGetValue(id, out var at) ? (at.Start, at.Count + 1) : (r, 1);
        }

        void Link((int Start, int Count) a, (int Start, int Count) b)
        {
            for (var i = a.Start; i < a.Start + a.Count; i++)
            {
                for (var j = b.Start; j < b.Start + b.Count; j++)
                {
                    edges.Add((i, j));
                }
            }
        }

        foreach (var (id, at) in first)
        {
            for (var i = at.Start; i < at.Start + at.Count; i++)
            {
                for (var j = i + 1; j < at.Start + at.Count; j++)
                {
                    edges.Add((i, j));
                }
            }

            var row = (id - 1) / WorldCell.Columns;
            var column = (id - 1) % WorldCell.Columns;
            var east = (row * WorldCell.Columns) + ((column + 1) % WorldCell.Columns) + 1;
            if (first.TryGetValue(east, out var e))
            {
                Link(at, e);
            }

            if (row + 1 < WorldCell.Rows && first.TryGetValue(id + WorldCell.Columns, out var north))
            {
                Link(at, north);
            }
        }

        // Land borders the cells do not show: link the two states' closest regions.
        var touching = new HashSet<(int, int)>();
        foreach (var (a, b) in edges)
        {
            var (sa, sb) = (regions.Owner[a], regions.Owner[b]);
            if (sa != sb)
            {
                touching.Add((Math.Min(sa, sb), Math.Max(sa, sb)));
            }
        }

        for (var s = 0; s < data.States.Count; s++)
        {
            foreach (var code in data.States[s].Borders)
            {
                var t = data.IndexOf(code);
                if (t < 0 || t == s || !touching.Add((Math.Min(s, t), Math.Max(s, t))))
                {
                    continue;
                }

                edges.Add(regions.Closest(CollectionsMarshal.AsSpan(regionsOf[s]), CollectionsMarshal.AsSpan(regionsOf[t]), WorldCell.Columns));
            }
        }

        return edges;
    }

    /// <summary>Alliances that share a member form one bloc (the model holds one alliance per state): its id is its lowest member's.</summary>
    private static void Blocs(WorldDataSet data, StateTable states)
    {
        var parent = Enumerable.Range(0, data.States.Count).ToArray();
        int Find(int x)
        {
            while (parent[x] != x)
            {
                x = parent[x] = parent[parent[x]];
            }

            return x;
        }

        var inAlliance = new bool[data.States.Count];
        foreach (var alliance in data.Alliances)
        {
            var members = alliance.Members.Select(data.IndexOf).ToList();
            foreach (var m in members)
            {
                inAlliance[m] = true;
                var (a, b) = (Find(members[0]), Find(m));
                parent[Math.Max(a, b)] = Math.Min(a, b);
            }
        }

        var lowest = new Dictionary<int, int>();
        for (var s = 0; s < data.States.Count; s++)
        {
            if (inAlliance[s])
            {
                var root = Find(s);
                lowest[root] = lowest.TryGetValue(root, out var l) ? Math.Min(l, s) : s;
            }
        }

        for (var s = 0; s < data.States.Count; s++)
        {
            states.Alliance[s] = inAlliance[s] ? lowest[Find(s)] : -1;
        }
    }
}

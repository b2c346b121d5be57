using System.Globalization;
using Westphalia.Parameters;
using Westphalia.Randomness;

namespace Westphalia.Scenarios;

/// <summary>
/// A synthetic world on a W×H grid (hexagonal or square). Capitals are drawn at random without replacement; states
/// grow from them by a weighted Dijkstra flood in which each state has its own vigour, so states differ in size and
/// borders are irregular. Ruggedness is a smoothed random field; incomes are log-normal between states and within
/// them, lower on rugged ground, and within the model's income bounds; populations are log-normal, larger in capitals,
/// and within the world population ceiling (docs/ODD.md §2.9, Bounds).
/// </summary>
public static class GridWorldGenerator
{
    /// <summary>The name of a generated world's state: "State 1" for the first.</summary>
    public static string StateName(int index) => string.Create(CultureInfo.InvariantCulture, $"State {index + 1}");

    /// <summary>The index of the generated state with this name among <paramref name="count"/> states, or −1.</summary>
    public static int StateIndex(string name, int count)
    {
        ArgumentNullException.ThrowIfNull(name);
        const string prefix = "State ";
        if (!name.StartsWith(prefix, StringComparison.Ordinal)
            || !int.TryParse(name.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            || number < 1 || number > count || StateName(number - 1) != name)
        {
            return -1;
        }

        return number - 1;
    }

    public static World Generate(GridGeneratorSpec spec, EconomyParameters economy, ulong seed, int stateCapacity = 0)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(economy);
        var rng = new CounterRng(seed);
        var width = spec.Width;
        var height = spec.Height;
        var n = width * height;
        var regions = new RegionTable(n);
        var adjacency = BuildGrid(width, height, spec.Topology, regions);

        // Ruggedness: Gaussian noise smoothed over neighbours, standardised, through a logistic around the mean.
        var field = new double[n];
        for (var r = 0; r < n; r++)
        {
            field[r] = rng.Normal(0, RngStream.WorldGeneration, r, 1);
        }

        field = Smooth(field, adjacency, 3);
        Standardise(field);
        var logitMean = Logit(Math.Clamp(spec.MedianRuggedness, 1e-6, 1 - 1e-6));
        for (var r = 0; r < n; r++)
        {
            regions.Ruggedness[r] = 1 / (1 + Math.Exp(-(logitMean + 1.5 * field[r])));
        }

        // Oil: the regions where a second smoothed field is highest, spec.OilShare of them (ties by region id).
        var oil = new double[n];
        for (var r = 0; r < n; r++)
        {
            oil[r] = rng.Normal(0, RngStream.WorldGeneration, r, 8);
        }

        oil = Smooth(oil, adjacency, 2);
        var deposits = (int)Math.Round(spec.OilShare * n);
        foreach (var r in Enumerable.Range(0, n).OrderByDescending(r => oil[r]).ThenBy(r => r).Take(deposits))
        {
            regions.Oil[r] = true;
        }

        // Capitals: a partial Fisher–Yates shuffle of the cells.
        var cells = new int[n];
        for (var i = 0; i < n; i++)
        {
            cells[i] = i;
        }

        var stateCount = spec.States;
        var states = new StateTable(Math.Max(stateCount, stateCapacity));
        var spread = spec.SpreadMajorPowers ? Math.Min(spec.MajorPowers, stateCount) : 0;
        for (var s = 0; s < spread; s++)
        {
            // Major powers at evenly spaced points of the middle row: swap that cell into the shuffled prefix.
            var target = ((height / 2) * width) + (int)((s + 0.5) * width / spread);
            var at = Array.IndexOf(cells, target, s);
            (cells[s], cells[at]) = (cells[at], cells[s]);
        }

        for (var s = 0; s < stateCount; s++)
        {
            if (s >= spread)
            {
                var j = s + (int)(rng.Uniform(0, RngStream.WorldGeneration, s, 2) * (n - s));
                (cells[s], cells[j]) = (cells[j], cells[s]);
            }

            states.Capital[s] = cells[s];
            states.Name[s] = StateName(s);
            states.Alive[s] = true;
            states.FoundedTick[s] = 0;
            states.Identity[s] = s;
        }

        GrowStates(states, stateCount, regions, adjacency, rng, spec);

        // Incomes and populations.
        var stateIncome = new double[stateCount];
        for (var s = 0; s < stateCount; s++)
        {
            stateIncome[s] = spec.MedianIncome * Math.Exp(spec.IncomeDispersion * rng.Normal(0, RngStream.WorldGeneration, s, 3));
        }

        var meanRugged = 0.0;
        for (var r = 0; r < n; r++)
        {
            meanRugged += regions.Ruggedness[r];
        }

        meanRugged /= n;
        const double populationSd = 0.6;
        for (var r = 0; r < n; r++)
        {
            var (z1, z2) = rng.Normal2(0, RngStream.WorldGeneration, r, 4);
            var s = regions.Owner[r];
            var rd = spec.RegionalIncomeDispersion;
            var income = stateIncome[s] * Math.Exp(rd * z1 - rd * rd / 2 - 0.5 * (regions.Ruggedness[r] - meanRugged));
            regions.IncomePerCapita[r] = Math.Clamp(income, 100, ModelBounds.IncomeCeiling);
            var pop = spec.MeanRegionPopulation * Math.Exp(populationSd * z2 - populationSd * populationSd / 2);
            if (states.Capital[s] == r)
            {
                pop *= spec.CapitalPopulationFactor;
            }

            regions.Population[r] = (long)Math.Round(pop);

            // Catch-up potential: regions start below their steady state by a log gap of mean 0.25.
            var gap = 0.25 + 0.25 * rng.Normal(0, RngStream.WorldGeneration, r, 5);
            regions.Productivity[r] = regions.IncomePerCapita[r] / economy.FrontierIncome * Math.Exp(gap);
        }

        KeepBelowPopulationCeiling(regions.Population);
        var world = new World(regions, adjacency, states);
        if (spec.Blocs && spec.MajorPowers > 0)
        {
            AssignBlocs(world, stateCount, spec);
        }

        return world;
    }

    /// <summary>
    /// Validation keeps the expected world population at or below the ceiling (<see cref="GridGeneratorSpec"/>); a draw
    /// that lands above it is scaled down, every region in the same proportion, rounding down.
    /// </summary>
    private static void KeepBelowPopulationCeiling(long[] population)
    {
        var total = 0.0;
        foreach (var p in population)
        {
            total += p;
        }

        if (total <= ModelBounds.WorldPopulationCeiling)
        {
            return;
        }

        var scale = ModelBounds.WorldPopulationCeiling / total;
        for (var r = 0; r < population.Length; r++)
        {
            population[r] = (long)Math.Floor(population[r] * scale);
        }
    }

    /// <summary>Each state joins the bloc of the nearest major power unless it is about as near to two (non-aligned).</summary>
    private static void AssignBlocs(World world, int stateCount, GridGeneratorSpec spec)
    {
        var states = world.States;
        var regions = world.Regions;
        var powers = Math.Min(spec.MajorPowers, stateCount);
        for (var p = 0; p < powers; p++)
        {
            states.Alliance[p] = p;
        }

        for (var s = powers; s < stateCount; s++)
        {
            var c = states.Capital[s];
            var distances = Enumerable.Range(0, powers)
                .Select(p => (Power: p, Distance: Math.Sqrt(Math.Pow(regions.X[c] - regions.X[states.Capital[p]], 2) + Math.Pow(regions.Y[c] - regions.Y[states.Capital[p]], 2))))
                .OrderBy(x => x.Distance).ThenBy(x => x.Power).ToArray();
            var near = distances[0];
            if (distances.Length > 1 && (distances[1].Distance - near.Distance) / (distances[1].Distance + near.Distance) < spec.NonAlignedBand)
            {
                continue;
            }

            states.Alliance[s] = near.Power;
        }
    }

    private static Adjacency BuildGrid(int width, int height, Topology topology, RegionTable regions)
    {
        var edges = new List<(int, int)>(width * height * 3);
        for (var y = 0; y < height; y++)
        {
            for (var x = 0; x < width; x++)
            {
                var r = (y * width) + x;
                regions.Name[r] = $"R{x}_{y}";
                if (topology == Topology.Hex)
                {
                    regions.X[r] = x + (y % 2 == 1 ? 0.5 : 0);
                    regions.Y[r] = y * 0.8660254037844386;
                }
                else
                {
                    regions.X[r] = x;
                    regions.Y[r] = y;
                }

                if (x + 1 < width)
                {
                    edges.Add((r, r + 1));
                }

                if (y + 1 < height)
                {
                    edges.Add((r, r + width));
                    if (topology == Topology.Hex)
                    {
                        // Odd rows are shifted right: they touch the cell below-right, even rows the cell below-left.
                        var diagonal = y % 2 == 1 ? x + 1 : x - 1;
                        if (diagonal >= 0 && diagonal < width)
                        {
                            edges.Add((r, ((y + 1) * width) + diagonal));
                        }
                    }
                }
            }
        }

        return Adjacency.FromEdges(width * height, edges);
    }

    private static void GrowStates(StateTable states, int stateCount, RegionTable regions, Adjacency adjacency, CounterRng rng, GridGeneratorSpec spec)
    {
        var n = regions.Count;
        var cost = new double[n];
        Array.Fill(cost, double.PositiveInfinity);
        Array.Fill(regions.Owner, -1);
        var vigour = new double[stateCount];
        var queue = new PriorityQueue<(int Region, int State), (double Cost, int Region)>();
        for (var s = 0; s < stateCount; s++)
        {
            // Major powers grow equally fast, so they end up of comparable size; other states vary.
            vigour[s] = s < spec.MajorPowers ? spec.MajorPowerScale : Math.Exp(0.5 * rng.Normal(0, RngStream.WorldGeneration, s, 6));
            var c = states.Capital[s];
            cost[c] = 0;
            queue.Enqueue((c, s), (0, c));
        }

        while (queue.TryDequeue(out var item, out var priority))
        {
            var (r, s) = item;
            if (regions.Owner[r] >= 0)
            {
                continue;
            }

            regions.Owner[r] = s;
            foreach (var m in adjacency.Of(r))
            {
                if (regions.Owner[m] >= 0)
                {
                    continue;
                }

                var step = (0.5 + rng.Uniform(0, RngStream.WorldGeneration, m, 7)) / vigour[s];
                var c = priority.Cost + step;
                if (c < cost[m])
                {
                    cost[m] = c;
                    queue.Enqueue((m, s), (c, m));
                }
            }
        }

        // A grid is connected, but guard against unreachable cells (a 1-wide strip cut by nothing): give them to state 0.
        for (var r = 0; r < n; r++)
        {
            if (regions.Owner[r] < 0)
            {
                regions.Owner[r] = 0;
            }
        }
    }

    private static double[] Smooth(double[] field, Adjacency adjacency, int passes)
    {
        var current = field;
        for (var pass = 0; pass < passes; pass++)
        {
            var next = new double[current.Length];
            for (var r = 0; r < current.Length; r++)
            {
                var sum = current[r];
                foreach (var m in adjacency.Of(r))
                {
                    sum += current[m];
                }

                next[r] = sum / (1 + adjacency.Degree(r));
            }

            current = next;
        }

        return current;
    }

    private static void Standardise(double[] field)
    {
        var mean = field.Average();
        var sd = Math.Sqrt(field.Sum(x => (x - mean) * (x - mean)) / Math.Max(field.Length, 1));
        for (var i = 0; i < field.Length; i++)
        {
            field[i] = sd > 0 ? (field[i] - mean) / sd : 0;
        }
    }

    private static double Logit(double p) => Math.Log(p / (1 - p));
}

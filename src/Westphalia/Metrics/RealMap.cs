using Westphalia.Scenarios.RealWorld;

namespace Westphalia.Metrics;

/// <summary>
/// A map of a real-world run (one whose regions are PRIO-GRID cells) on the real map: the 0.5° cells in an
/// equirectangular (plate carrée) projection, <see cref="CellPixels"/> pixels a cell, north up, 180° W at the left
/// edge; a title; a legend. It is the picture, independent of the format: <see cref="RealMapSvgWriter"/> writes it as
/// SVG, the reports' painter as PNG, from the same cells, runs and layout.
/// <para>
/// A cell that holds regions of more than one state (a state too small to own a cell's centre shares the cell of its
/// representative point) is drawn in the colour of the region whose owner holds the most regions (the lowest region id
/// on a tie), so that every land cell has one colour.
/// </para>
/// </summary>
public sealed class RealMap
{
    public const int Columns = WorldCell.Columns;
    public const int Rows = WorldCell.Rows;

    /// <summary>Pixels a cell, each way.</summary>
    public const int CellPixels = 2;

    /// <summary>Margin around the picture, in pixels.</summary>
    public const int Margin = 12;

    /// <summary>Height of the title's band above the plot, in pixels.</summary>
    public const int TitleBlock = 30;

    /// <summary>Height of one row of the legend, in pixels.</summary>
    public const int LegendRow = 20;

    /// <summary>Legend entries a row.</summary>
    public const int LegendColumns = 3;

    /// <summary>Width of the colour scale of a value's legend, in pixels.</summary>
    public const int ScaleWidth = 300;

    /// <summary>The sea and the margins.</summary>
    public static readonly MapColour Background = MapColour.FromRgb(0xf4f7fa);

    /// <summary>State borders.</summary>
    public static readonly MapColour BorderColour = MapColour.FromRgb(0x333333);

    /// <summary>States in no bloc.</summary>
    public static readonly MapColour Unaligned = MapColour.FromRgb(0xc4c4c4);

    /// <summary>Regions without a value.</summary>
    public static readonly MapColour NoValue = MapColour.FromRgb(0x9e9e9e);

    // Twelve-class Set3 (Brewer, colorbrewer2.org; Apache 2.0) without its grey: states, neighbours told apart.
    private static readonly MapColour[] StatePalette = [.. new[] { 0x8dd3c7, 0xffffb3, 0xbebada, 0xfb8072, 0x80b1d3, 0xfdb462, 0xb3de69, 0xfccde5, 0xbc80bd, 0xccebc5, 0xffed6f }.Select(MapColour.FromRgb)];

    // Tableau 10 (Tableau Software; as in matplotlib's tab10) without its grey: blocs.
    private static readonly MapColour[] BlocPalette = [.. new[] { 0x4e79a7, 0xf28e2b, 0xe15759, 0x76b7b2, 0x59a14f, 0xedc948, 0xb07aa1, 0xff9da7, 0x9c755f }.Select(MapColour.FromRgb)];

    // Viridis at five stops (Smith & van der Walt, matplotlib; CC0), as map.svg.
    private static readonly MapColour[] Viridis = [new(68, 1, 84), new(59, 82, 139), new(33, 145, 140), new(94, 201, 98), new(253, 231, 37)];

    private readonly int[] _cells;
    private readonly int[] _states;

    private RealMap(string title, int[] cells, int[] states, IReadOnlyList<MapColour> colours, IReadOnlyList<RealMapEntry> legend, (double Low, double High)? scale, string? note)
    {
        Title = title;
        _cells = cells;
        _states = states;
        Colours = colours;
        Legend = legend;
        Scale = scale;
        Note = note;
        LegendRows = (scale is null ? 0 : 2) + ((legend.Count + LegendColumns - 1) / LegendColumns) + (note is null ? 0 : 1);
    }

    public string Title { get; }

    /// <summary>The colours the cells use; a cell's colour is an index into it.</summary>
    public IReadOnlyList<MapColour> Colours { get; }

    /// <summary>The swatches of the legend, in order.</summary>
    public IReadOnlyList<RealMapEntry> Legend { get; }

    /// <summary>The value's scale (viridis from <c>Low</c> to <c>High</c>), for a map of a value; null otherwise.</summary>
    public (double Low, double High)? Scale { get; }

    /// <summary>A line of the legend in words, or null.</summary>
    public string? Note { get; }

    /// <summary>Rows of the legend: two for a scale, one a <see cref="LegendColumns"/> swatches, one for the note.</summary>
    public int LegendRows { get; }

    public static int PlotLeft => Margin;

    public static int PlotTop => Margin + TitleBlock;

    public static int PlotWidth => Columns * CellPixels;

    public static int PlotHeight => Rows * CellPixels;

    public static int Width => PlotWidth + (2 * Margin);

    /// <summary>Top of the legend, in pixels.</summary>
    public static int LegendTop => PlotTop + PlotHeight + Margin;

    public int Height => LegendTop + (LegendRows * LegendRow) + Margin;

    /// <summary>The colour index of the cell in <paramref name="row"/> (0 the northernmost) and <paramref name="column"/> (0 at 180° W); −1 for sea.</summary>
    public int CellColour(int row, int column) => _cells[(row * Columns) + column];

    /// <summary>The state drawn in the cell in <paramref name="row"/> (0 the northernmost) and <paramref name="column"/>; −1 for sea.</summary>
    public int CellState(int row, int column) => _states[(row * Columns) + column];

    /// <summary>The drawn row (0 the northernmost) and column of a PRIO-GRID cell.</summary>
    public static (int Row, int Column) Place(int prioGrid) => (Rows - 1 - ((prioGrid - 1) / Columns), (prioGrid - 1) % Columns);

    /// <summary>The pixel at the centre of a PRIO-GRID cell's square on the picture (x from the left, y from the top).</summary>
    public static (int X, int Y) Pixel(int prioGrid)
    {
        var (row, column) = Place(prioGrid);
        return (PlotLeft + (column * CellPixels) + (CellPixels / 2), PlotTop + (row * CellPixels) + (CellPixels / 2));
    }

    /// <summary>Whether regions with these PRIO-GRID cells can be drawn on the real map: all have one (synthetic worlds have −1).</summary>
    public static bool IsReal(IReadOnlyList<int> prioGrid)
    {
        ArgumentNullException.ThrowIfNull(prioGrid);
        if (prioGrid.Count == 0)
        {
            return false;
        }

        foreach (var g in prioGrid)
        {
            if (g < 1 || g > Rows * Columns)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Horizontal runs of land cells of one colour: each row (0 the northernmost) from west to east, a run of
    /// <c>Length</c> cells from <c>Column</c>, all of colour <c>Colour</c>. Every land cell is in exactly one run.
    /// </summary>
    public IEnumerable<(int Row, int Column, int Length, int Colour)> Runs()
    {
        for (var row = 0; row < Rows; row++)
        {
            var column = 0;
            while (column < Columns)
            {
                var colour = _cells[(row * Columns) + column];
                var end = column + 1;
                while (end < Columns && _cells[(row * Columns) + end] == colour)
                {
                    end++;
                }

                if (colour >= 0)
                {
                    yield return (row, column, end - column, colour);
                }

                column = end;
            }
        }
    }

    /// <summary>
    /// The state borders: the sides between land cells drawn for different states, merged into straight segments, in
    /// cell units from the plot's top left corner (x east, y south).
    /// </summary>
    public IEnumerable<(int X1, int Y1, int X2, int Y2)> Borders()
    {
        bool Differ(int a, int b) => _states[a] >= 0 && _states[b] >= 0 && _states[a] != _states[b];

        // Along the southern side of each row but the last.
        for (var row = 0; row < Rows - 1; row++)
        {
            var start = -1;
            for (var column = 0; column <= Columns; column++)
            {
                var border = column < Columns && Differ((row * Columns) + column, ((row + 1) * Columns) + column);
                if (border && start < 0)
                {
                    start = column;
                }
                else if (!border && start >= 0)
                {
                    yield return (start, row + 1, column, row + 1);
                    start = -1;
                }
            }
        }

        // Along the eastern side of each column but the last.
        for (var column = 0; column < Columns - 1; column++)
        {
            var start = -1;
            for (var row = 0; row <= Rows; row++)
            {
                var border = row < Rows && Differ((row * Columns) + column, (row * Columns) + column + 1);
                if (border && start < 0)
                {
                    start = row;
                }
                else if (!border && start >= 0)
                {
                    yield return (column + 1, start, column + 1, row);
                    start = -1;
                }
            }
        }
    }

    /// <summary>The colour of a value <paramref name="t"/> of the way (0 to 1) along the scale.</summary>
    public static MapColour ViridisAt(double t)
    {
        t = double.IsNaN(t) ? 0 : Math.Clamp(t, 0, 1);
        var x = t * (Viridis.Length - 1);
        var i = Math.Min((int)x, Viridis.Length - 2);
        return Viridis[i].Towards(Viridis[i + 1], x - i);
    }

    /// <summary>The name of the layer in a title.</summary>
    public static string LayerName(RealMapLayer layer) => layer switch
    {
        RealMapLayer.Ownership => "states",
        RealMapLayer.Blocs => "alliance blocs",
        _ => "Human Security Index",
    };

    /// <summary>
    /// The names of the blocs that continue the data set's standing alliances: each alliance is named on the bloc that
    /// holds more than half of its members, several alliances in one bloc joined by commas; an alliance no bloc holds
    /// the most of names none (the bloc is then named by its lowest member). State ids
    /// are the data set's state indices, as in the worlds it builds.
    /// </summary>
    public static Dictionary<int, string> AllianceNames(WorldDataSet data, IReadOnlyList<int> bloc)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(bloc);
        var names = new SortedDictionary<int, List<string>>();
        foreach (var alliance in data.Alliances)
        {
            var held = alliance.Members.Select(data.IndexOf).Where(s => s >= 0 && s < bloc.Count && bloc[s] >= 0)
                .GroupBy(s => bloc[s]).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).FirstOrDefault();
            if (held is not null && 2 * held.Count() > alliance.Members.Count)
            {
                if (!names.TryGetValue(held.Key, out var list))
                {
                    names[held.Key] = list = [];
                }

                list.Add(alliance.Name);
            }
        }

        return names.ToDictionary(p => p.Key, p => string.Join(", ", p.Value));
    }

    /// <summary>Draws one layer of a real-world run at one date.</summary>
    public static RealMap Draw(RealMapInput input, RealMapLayer layer)
    {
        ArgumentNullException.ThrowIfNull(input);
        var n = input.PrioGrid.Count;
        if (input.Owner.Count != n || input.Hsi.Count != n)
        {
            throw new ArgumentException($"{n} regions' cells, {input.Owner.Count} owners and {input.Hsi.Count} values", nameof(input));
        }

        if (!IsReal(input.PrioGrid))
        {
            throw new ArgumentException("the regions are not all PRIO-GRID cells: a synthetic world has no place on the real map", nameof(input));
        }

        var slots = Math.Max(input.StateNames.Count, input.Owner.DefaultIfEmpty(-1).Max() + 1);
        var held = new int[slots];
        foreach (var o in input.Owner)
        {
            if (o >= 0)
            {
                held[o]++;
            }
        }

        // The region drawn in each cell: its owner holds the most regions; the lowest region id on a tie.
        var drawn = new int[Rows * Columns];
        Array.Fill(drawn, -1);
        for (var r = 0; r < n; r++)
        {
            if (input.Owner[r] < 0)
            {
                continue;
            }

            var (row, column) = Place(input.PrioGrid[r]);
            var i = (row * Columns) + column;
            if (drawn[i] < 0 || held[input.Owner[r]] > held[input.Owner[drawn[i]]])
            {
                drawn[i] = r;
            }
        }

        var states = new int[drawn.Length];
        for (var i = 0; i < drawn.Length; i++)
        {
            states[i] = drawn[i] >= 0 ? input.Owner[drawn[i]] : -1;
        }

        var cells = new int[drawn.Length];
        var title = $"{input.Scenario}: {LayerName(layer)}, {input.Date}";
        return layer switch
        {
            RealMapLayer.Ownership => OwnershipMap(title, cells, states, slots),
            RealMapLayer.Blocs => BlocsMap(title, cells, states, input),
            _ => HsiMap(title, cells, states, drawn, input.Hsi),
        };
    }

    private static RealMap OwnershipMap(string title, int[] cells, int[] states, int slots)
    {
        // Neighbouring states: cells side by side (east–west across the antimeridian too) drawn for different states.
        var neighbours = new HashSet<int>[slots];
        for (var s = 0; s < slots; s++)
        {
            neighbours[s] = [];
        }

        for (var row = 0; row < Rows; row++)
        {
            for (var column = 0; column < Columns; column++)
            {
                var a = states[(row * Columns) + column];
                var east = states[(row * Columns) + ((column + 1) % Columns)];
                var south = row + 1 < Rows ? states[((row + 1) * Columns) + column] : -1;
                foreach (var b in (ReadOnlySpan<int>)[east, south])
                {
                    if (a >= 0 && b >= 0 && a != b)
                    {
                        neighbours[a].Add(b);
                        neighbours[b].Add(a);
                    }
                }
            }
        }

        // Greedy colouring in state order, each state trying the palette from its own place in it, so that colours
        // spread: a state takes the first colour no neighbour coloured before it has (the palette's size than reused).
        var colour = new int[slots];
        Array.Fill(colour, -1);
        for (var s = 0; s < slots; s++)
        {
            var taken = neighbours[s].Where(m => colour[m] >= 0).Select(m => colour[m]).ToHashSet();
            colour[s] = s % StatePalette.Length;
            for (var k = 0; k < StatePalette.Length; k++)
            {
                var c = (s + k) % StatePalette.Length;
                if (!taken.Contains(c))
                {
                    colour[s] = c;
                    break;
                }
            }
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = states[i] >= 0 ? colour[states[i]] : -1;
        }

        var shown = states.Where(s => s >= 0).Distinct().Count();
        var note = $"{shown} states, each in one of {StatePalette.Length} colours, no two neighbours alike; black lines are borders";
        return new RealMap(title, cells, states, StatePalette, [], null, note);
    }

    private static RealMap BlocsMap(string title, int[] cells, int[] states, RealMapInput input)
    {
        int BlocOf(int s) => s >= 0 && s < input.Bloc.Count ? input.Bloc[s] : -1;
        var members = states.Where(s => s >= 0).Distinct().GroupBy(BlocOf).ToDictionary(g => g.Key, g => g.Count());
        var blocs = members.Keys.Where(b => b >= 0).Order().ToList();
        var colours = new List<MapColour> { Unaligned };
        var legend = new List<RealMapEntry>();
        for (var k = 0; k < blocs.Count; k++)
        {
            var b = blocs[k];
            var colour = BlocColour(k);
            colours.Add(colour);
            var lowest = states.Where(s => s >= 0 && BlocOf(s) == b).Min();
            var name = input.BlocNames.TryGetValue(b, out var known) ? known
                : $"bloc of {(lowest < input.StateNames.Count ? input.StateNames[lowest] : $"state {lowest}")}";
            var count = members[b];
            legend.Add(new RealMapEntry(colour, $"{name} ({count} {(count == 1 ? "state" : "states")})"));
        }

        var unaligned = members.GetValueOrDefault(-1);
        legend.Add(new RealMapEntry(Unaligned, $"in no bloc ({unaligned} {(unaligned == 1 ? "state" : "states")})"));
        var index = new Dictionary<int, int>();
        for (var k = 0; k < blocs.Count; k++)
        {
            index[blocs[k]] = k + 1;
        }

        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = states[i] < 0 ? -1 : index.GetValueOrDefault(BlocOf(states[i]), 0);
        }

        return new RealMap(title, cells, states, colours, legend, null, null);
    }

    private static MapColour BlocColour(int k)
    {
        var basis = BlocPalette[k % BlocPalette.Length];
        return (k / BlocPalette.Length % 3) switch
        {
            0 => basis,
            1 => basis.Towards(new MapColour(255, 255, 255), 0.45),
            _ => basis.Towards(new MapColour(0, 0, 0), 0.35),
        };
    }

    private static RealMap HsiMap(string title, int[] cells, int[] states, int[] drawn, IReadOnlyList<double> hsi)
    {
        var finite = drawn.Where(r => r >= 0).Select(r => hsi[r]).Where(double.IsFinite).ToList();
        var low = finite.Count > 0 ? Math.Floor(finite.Min() * 20) / 20 : 0;
        var high = finite.Count > 0 ? Math.Max(Math.Ceiling(finite.Max() * 20) / 20, low + 0.05) : 1;

        // 32 steps of the scale (about as fine as the eye tells apart on a map, and few enough colours that neighbouring
        // cells of a state share one and merge into runs); the last colour for regions without a value.
        const int steps = 32;
        var colours = new List<MapColour>();
        for (var i = 0; i < steps; i++)
        {
            colours.Add(ViridisAt(i / (steps - 1.0)));
        }

        colours.Add(NoValue);
        var anyMissing = false;
        for (var i = 0; i < cells.Length; i++)
        {
            if (drawn[i] < 0)
            {
                cells[i] = -1;
                continue;
            }

            var v = hsi[drawn[i]];
            anyMissing |= !double.IsFinite(v);
            cells[i] = double.IsFinite(v) ? (int)Math.Round(Math.Clamp((v - low) / (high - low), 0, 1) * (steps - 1)) : steps;
        }

        List<RealMapEntry> legend = anyMissing ? [new RealMapEntry(NoValue, "no value")] : [];
        return new RealMap(title, cells, states, colours, legend, (low, high), null);
    }
}

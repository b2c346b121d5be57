namespace Westphalia;

/// <summary>The data the simulation owns: regions, their graph, and states.</summary>
public sealed class World
{
    private StateGraph? _graph;
    private BorderIndex? _borders;
    private Doctrines.WorldStatistics? _statistics;
    private int[] _cursor = [];

    /// <summary>
    /// The regions given to another state since the membership index was last built, each with the owner the index
    /// lists it under and the order of the move; null when there were too many for an update to pay (the next refresh
    /// rebuilds the index whole).
    /// </summary>
    private List<(int Region, int Indexed, int Order)>? _moved;

    // Reused by each update of the membership index: the index being built, and the regions that left and came by state.
    private int[] _scratch = [];
    private readonly List<(int State, int Region)> _left = [];
    private readonly List<(int State, int Region)> _came = [];

    public World(RegionTable regions, Adjacency adjacency, StateTable states)
    {
        ArgumentNullException.ThrowIfNull(regions);
        ArgumentNullException.ThrowIfNull(adjacency);
        ArgumentNullException.ThrowIfNull(states);
        if (adjacency.RegionCount != regions.Count)
        {
            throw new ArgumentException("The adjacency and the region table disagree on the number of regions.", nameof(adjacency));
        }

        Regions = regions;
        Adjacency = adjacency;
        States = states;
        Measures = new MeasuresInForce(states.Count);
        Fighting = new FightingThisMonth(regions.Count);
        RebuildMembership();
    }

    /// <summary>What the Security Council's resolutions in force do this month (written by the United Nations).</summary>
    public MeasuresInForce Measures { get; }

    /// <summary>Where organised violence struck this month (written by the war mechanisms, read by War damage and displacement).</summary>
    public FightingThisMonth Fighting { get; }

    /// <summary>The people displaced by organised violence, by origin and host region.</summary>
    public DisplacementRegistry Displacement { get; } = new();

    /// <summary>Which states border which, built on first use and brought up to date by <see cref="StateGraph.Of"/>.</summary>
    public StateGraph Graph => _graph ??= new StateGraph(this);

    /// <summary>The border cells between every pair of states, built on first use and brought up to date by <see cref="BorderIndex.Refresh"/>.</summary>
    public BorderIndex Borders => _borders ??= new BorderIndex(this);

    /// <summary>Figures about the whole system of states that governments read (the median income), once a tick.</summary>
    public Doctrines.WorldStatistics Statistics => _statistics ??= new Doctrines.WorldStatistics(this);

    public RegionTable Regions { get; }

    public Adjacency Adjacency { get; }

    public StateTable States { get; }

    /// <summary>The treaties of cooperative security in force between states.</summary>
    public TreatyRegistry Treaties { get; } = new();

    /// <summary>Whether ownership changed since the state → regions index was last built.</summary>
    public bool MembershipChanged { get; private set; }

    /// <summary>Counts ownership changes, so that mechanisms caching anything about territory know when to refresh it.</summary>
    public int OwnershipVersion { get; private set; }

    /// <summary>Gives a region to another state; the membership index is rebuilt by <see cref="RefreshMembership"/>.</summary>
    public void TransferRegion(int region, int newOwner)
    {
        if (Regions.Owner[region] != newOwner)
        {
            if (_moved is not null)
            {
                if (_moved.Count < Math.Max(16, Regions.Count / 16))
                {
                    _moved.Add((region, Regions.Owner[region], _moved.Count));
                }
                else
                {
                    _moved = null;
                }
            }

            Regions.Owner[region] = newOwner;
            MembershipChanged = true;
            OwnershipVersion++;
        }
    }

    /// <summary>
    /// An alliance left with a single living member (by a departure or a death) is dissolved: that member leaves it.
    /// Returns the member released, or −1 when the alliance still has two or more living members (or is −1, none).
    /// </summary>
    public int DissolveAllianceIfAlone(int alliance)
    {
        if (alliance < 0)
        {
            return -1;
        }

        var remaining = -1;
        var count = 0;
        for (var s = 0; s < States.Count; s++)
        {
            if (States.Alive[s] && States.Alliance[s] == alliance)
            {
                remaining = s;
                count++;
            }
        }

        if (count != 1)
        {
            return -1;
        }

        States.Alliance[remaining] = -1;
        return remaining;
    }

    /// <summary>
    /// A new state comes into being in a free slot (the slot of the longest-dead state), with <paramref name="capital"/>
    /// as its capital and only region, broken away from <paramref name="parent"/>; returns the slot, or −1 when every slot
    /// is in use. It gets an identity no state has had in the run. Its fields are those of a state at peace, in no
    /// alliance, with no forces; mechanisms set what is theirs, and its government is chosen by the government table.
    /// </summary>
    public int FoundState(int capital, int tick, string name, int parent)
    {
        var states = States;
        var slot = -1;
        for (var s = 0; s < states.Count; s++)
        {
            if (!states.Alive[s] && (slot < 0 || states.DeathTick[s] < states.DeathTick[slot]))
            {
                slot = s;
                if (states.DeathTick[s] < 0)
                {
                    break;
                }
            }
        }

        if (slot < 0)
        {
            return -1;
        }

        var identity = -1;
        foreach (var id in states.Identity)
        {
            identity = Math.Max(identity, id);
        }

        states.Alive[slot] = true;
        states.Identity[slot] = identity + 1;
        states.FoundedFrom[slot] = parent;
        states.Name[slot] = name;
        states.CowCode[slot] = -1;
        states.CowAbbreviation[slot] = "";
        states.GwCode[slot] = -1;
        states.Iso3[slot] = "";
        states.UnMember[slot] = true;
        states.InterpolMember[slot] = true;
        states.PermanentSeat[slot] = false;
        states.StartingMilitarySpending[slot] = -1;
        states.Capital[slot] = capital;
        states.FoundedTick[slot] = tick;
        states.DeathTick[slot] = -1;
        states.DeathCause[slot] = 0;
        states.Conqueror[slot] = -1;
        states.WarResources[slot] = 1;
        states.DamageReceived[slot] = 0;
        states.Alert[slot] = false;
        states.CampaignTarget[slot] = -1;
        states.CurrentWar[slot] = -1;
        states.Alliance[slot] = -1;
        states.QuietYears[slot] = 0;
        states.Buffer[slot] = false;
        states.CivilWar[slot] = -1;
        states.MilitaryCapability[slot] = 0;
        TransferRegion(capital, slot);
        return slot;
    }

    /// <summary>
    /// Brings the membership index up to date if ownership changed: by moving the regions given away since it was built
    /// when they are few, by rebuilding it otherwise. The index is the same either way.
    /// </summary>
    public void RefreshMembership()
    {
        if (!MembershipChanged)
        {
            return;
        }

        if (_moved is { Count: > 0 })
        {
            UpdateMembership(_moved);
        }
        else
        {
            RebuildMembership();
        }
    }

    /// <summary>
    /// Moves each region given away since the index was built from the state it is listed under to its owner now, in one
    /// pass over the index that copies every state's regions, leaving out those that left and merging in those that came,
    /// in ascending order: the index <see cref="RebuildMembership"/> would build, in place.
    /// </summary>
    private void UpdateMembership(List<(int Region, int Indexed, int Order)> moved)
    {
        var states = States;
        var owner = Regions.Owner;
        var offsets = states.RegionOffsets;
        var regions = states.Regions;

        // Each region once, under the owner the index lists it (its first move's), unless it has come back to it.
        moved.Sort((a, b) => a.Region != b.Region ? a.Region.CompareTo(b.Region) : a.Order.CompareTo(b.Order));
        var (left, came) = (_left, _came);
        left.Clear();
        came.Clear();
        for (var i = 0; i < moved.Count; i++)
        {
            var (region, indexed, _) = moved[i];
            if (i > 0 && moved[i - 1].Region == region)
            {
                continue;
            }

            if (owner[region] != indexed)
            {
                left.Add((indexed, region));
                came.Add((owner[region], region));
            }
        }

        left.Sort();
        came.Sort();
        if (_scratch.Length != regions.Length)
        {
            _scratch = new int[regions.Length];
        }

        var written = 0;
        var (l, c) = (0, 0);
        for (var s = 0; s < states.Count; s++)
        {
            var slice = regions.AsSpan(offsets[s], offsets[s + 1] - offsets[s]);
            offsets[s] = written;
            if ((l == left.Count || left[l].State != s) && (c == came.Count || came[c].State != s))
            {
                slice.CopyTo(_scratch.AsSpan(written));
                written += slice.Length;
                continue;
            }

            // The state's regions less those that left, with those that came merged in, all ascending.
            foreach (var r in slice)
            {
                if (l < left.Count && left[l].State == s && left[l].Region == r)
                {
                    l++;
                    continue;
                }

                for (; c < came.Count && came[c].State == s && came[c].Region < r; c++)
                {
                    _scratch[written++] = came[c].Region;
                }

                _scratch[written++] = r;
            }

            for (; c < came.Count && came[c].State == s; c++)
            {
                _scratch[written++] = came[c].Region;
            }
        }

        offsets[states.Count] = written;
        _scratch.AsSpan(0, written).CopyTo(regions);
        for (var s = 0; s < states.Count; s++)
        {
            states.RegionCount[s] = offsets[s + 1] - offsets[s];
        }

        moved.Clear();
        MembershipChanged = false;
    }

    /// <summary>
    /// Rebuilds the state → regions index after ownership changes (counting sort: ascending region ids), in place: a span
    /// from <see cref="StateTable.RegionsOf"/> taken before the rebuild sees the new index.
    /// </summary>
    public void RebuildMembership()
    {
        var states = States;
        var owner = Regions.Owner;
        Array.Clear(states.RegionOffsets);
        for (var r = 0; r < owner.Length; r++)
        {
            states.RegionOffsets[owner[r] + 1]++;
        }

        for (var s = 0; s < states.Count; s++)
        {
            states.RegionOffsets[s + 1] += states.RegionOffsets[s];
        }

        // The cursor and the index are reused from one rebuild to the next: no allocation when ownership changes.
        if (_cursor.Length != states.Count)
        {
            _cursor = new int[states.Count];
        }

        var cursor = _cursor;
        states.RegionOffsets.AsSpan(0, states.Count).CopyTo(cursor);
        var regions = states.Regions.Length == owner.Length ? states.Regions : new int[owner.Length];
        for (var r = 0; r < owner.Length; r++)
        {
            regions[cursor[owner[r]]++] = r;
        }

        states.Regions = regions;
        MembershipChanged = false;
        for (var s = 0; s < states.Count; s++)
        {
            states.RegionCount[s] = states.RegionOffsets[s + 1] - states.RegionOffsets[s];
        }

        (_moved ??= []).Clear();
    }

    /// <summary>
    /// Recomputes state population and output from their regions. Each state sums its own regions in ascending order,
    /// so the result is the same on any number of threads. With the membership index up to date, the sums are made
    /// in streaming passes over the regions, adding each into its owner's slot: one pass on one thread, one part per
    /// thread on several (<see cref="StreamInParts"/>); the same additions in the same (ascending) order per state, so
    /// the same bits, without gathering each state's regions by index.
    /// </summary>
    public void AggregateStates(int threads = 1)
    {
        var states = States;
        var pop = Regions.Population;
        var income = Regions.IncomePerCapita;
        var members = states.Regions;
        var offsets = states.RegionOffsets;
        var population = states.Population;
        var output = states.Output;
        // One thread, or a world too small for two parts, streams in one pass (StreamInParts).
        if (!MembershipChanged && StreamInParts(threads))
        {
            return;
        }

        RegionParallel.For(states.Count, RegionParallel.StateChunkSize, threads, (first, end) =>
        {
            for (var s = first; s < end; s++)
            {
                long p = 0;
                var y = 0.0;
                for (var k = offsets[s]; k < offsets[s + 1]; k++)
                {
                    var r = members[k];
                    p += pop[r];
                    y += income[r] * pop[r];
                }

                population[s] = p;
                output[s] = y;
            }
        });
    }

    /// <summary>
    /// The fewest regions in a part of <see cref="StreamInParts"/>: below twice this many, one thread streams them all,
    /// since the pass is short enough (about 0.2 ms at 100,000 regions) that handing half of it to a second thread
    /// costs more than it saves. Tests set fewer.
    /// </summary>
    internal int AggregationPartRegions { get; set; } = 131_072;

    // Scratch for StreamInParts: each part's sums by state, and the part each state is summed in.
    private long[][] _partPopulation = [];
    private double[][] _partOutput = [];
    private int[] _statePart = [];
    private int[] _partEnd = [];

    /// <summary>
    /// <see cref="AggregateStates"/> on several threads as streaming passes: the regions are cut into one range per
    /// thread, each state is summed by the part in whose range its first region lies, and each part streams from the
    /// start of its range to the last region of its states, adding only its own states' regions, into sums of its
    /// own. Every state's sums are then the same additions in the same (ascending) order as on one thread. A world too
    /// small for two parts of <see cref="AggregationPartRegions"/> is streamed on one thread. Returns false, having done
    /// nothing, when states reach so far past their part's range that the parts would stream more than half as many
    /// regions again as there are (scattered territories): the gather by state is then used.
    /// </summary>
    private bool StreamInParts(int threads)
    {
        var states = States;
        var count = Regions.Count;
        var parts = Math.Min(threads, count / AggregationPartRegions);
        if (parts < 2)
        {
            Stream(Regions.Owner, Regions.Population, Regions.IncomePerCapita, states.Population.AsSpan(0, states.Count), states.Output.AsSpan(0, states.Count));
            return true;
        }

        if (_partPopulation.Length != parts || _statePart.Length != states.Count)
        {
            _partPopulation = [.. Enumerable.Range(0, parts).Select(_ => new long[states.Count])];
            _partOutput = [.. Enumerable.Range(0, parts).Select(_ => new double[states.Count])];
            _statePart = new int[states.Count];
            _partEnd = new int[parts];
        }

        var members = states.Regions;
        var offsets = states.RegionOffsets;
        var statePart = _statePart;
        var partEnd = _partEnd;
        for (var t = 0; t < parts; t++)
        {
            partEnd[t] = PartStart(t + 1, parts, count);
        }

        for (var s = 0; s < states.Count; s++)
        {
            if (offsets[s] == offsets[s + 1])
            {
                statePart[s] = -1;
                continue;
            }

            var first = members[offsets[s]];
            var part = (int)(((long)first * parts) / count);
            while (PartStart(part, parts, count) > first)
            {
                part--;
            }

            while (PartStart(part + 1, parts, count) <= first)
            {
                part++;
            }

            statePart[s] = part;
            partEnd[part] = Math.Max(partEnd[part], members[offsets[s + 1] - 1] + 1);
        }

        long streamed = 0;
        for (var t = 0; t < parts; t++)
        {
            streamed += partEnd[t] - PartStart(t, parts, count);
        }

        if (streamed > count + (count / 2))
        {
            return false;
        }

        var owner = Regions.Owner;
        var pop = Regions.Population;
        var income = Regions.IncomePerCapita;
        RegionParallel.For(parts, 1, threads, (t, _) =>
        {
            var start = PartStart(t, parts, count);
            var length = partEnd[t] - start;
            Stream(owner.AsSpan(start, length), pop.AsSpan(start, length), income.AsSpan(start, length), _partPopulation[t], _partOutput[t], statePart, t);
        });

        for (var s = 0; s < states.Count; s++)
        {
            var part = statePart[s];
            states.Population[s] = part < 0 ? 0 : _partPopulation[part][s];
            states.Output[s] = part < 0 ? 0 : _partOutput[part][s];
        }

        return true;
    }

    /// <summary>The first region of part <paramref name="part"/> of <paramref name="parts"/> equal ranges of <paramref name="count"/> regions.</summary>
    private static int PartStart(int part, int parts, int count) => (int)((long)part * count / parts);

    /// <summary>
    /// Sums population and output (income × population) of the regions given into each region's owner, in region order,
    /// into <paramref name="population"/> and <paramref name="output"/> (cleared first); with <paramref name="statePart"/>
    /// not empty, only the regions of states whose entry there is <paramref name="part"/>.
    /// A run of regions of one owner adds into registers, then stores: the same additions in the same order as adding
    /// each region into its owner's slot, without waiting on that slot's store and reload at every region.
    /// </summary>
    private static void Stream(ReadOnlySpan<int> owner, ReadOnlySpan<long> pop, ReadOnlySpan<double> income,
        Span<long> population, Span<double> output, ReadOnlySpan<int> statePart = default, int part = 0)
    {
        population.Clear();
        output.Clear();
        pop = pop[..owner.Length];
        income = income[..owner.Length];
        var r = 0;
        while (r < owner.Length)
        {
            var o = owner[r];
            var first = r;
            do
            {
                r++;
            }
            while (r < owner.Length && owner[r] == o);

            if (!statePart.IsEmpty && statePart[o] != part)
            {
                continue;
            }

            var p = population[o];
            var y = output[o];
            for (var k = first; k < r; k++)
            {
                var n = pop[k];
                p += n;
                y += income[k] * n;
            }

            population[o] = p;
            output[o] = y;
        }
    }
}

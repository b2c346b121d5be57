using Westphalia;

namespace Westphalia.Server.Play;

/// <summary>Each state's figures after a turn (turn 0: the start), by the state's slot: what the charts plot.</summary>
public sealed record TurnValues(long[] Population, double[] Output, double[] Military, int[] Regions)
{
    /// <summary>The metrics a chart may plot (<c>chart.png?metric=</c>).</summary>
    public static IReadOnlyList<string> Metrics { get; } = ["population", "output", "military", "regions"];

    /// <summary>The figures of a world's states now.</summary>
    public static TurnValues Of(StateTable states)
    {
        ArgumentNullException.ThrowIfNull(states);
        var n = states.Count;
        return new TurnValues(states.Population[..n], states.Output[..n], states.MilitaryCapability[..n], states.RegionCount[..n]);
    }

    /// <summary>A metric of a state, or null when the state did not exist yet.</summary>
    public double? Value(string metric, int state) => state < 0 || state >= Population.Length ? null : metric switch
    {
        "population" => Population[state],
        "output" => Output[state],
        "military" => Military[state],
        "regions" => Regions[state],
        _ => null,
    };
}

using Westphalia.Mechanisms;
using YamlDotNet.Serialization;

namespace Westphalia.Scenarios;

/// <summary>Votes in the Security Council by measure; <c>default</c> for measures not named; each left out is the fallback doctrine's.</summary>
public sealed class CouncilOrders
{
    [YamlMember(Order = 0, Description = "Vote on any measure not named below.")]
    public UnVote? Default { get; set; }

    [YamlMember(Order = 1)]
    public UnVote? Condemnation { get; set; }

    [YamlMember(Order = 2)]
    public UnVote? Sanctions { get; set; }

    [YamlMember(Order = 3)]
    public UnVote? Peacekeeping { get; set; }

    [YamlMember(Order = 4)]
    public UnVote? Protection { get; set; }

    [YamlMember(Order = 5)]
    public UnVote? Enforcement { get; set; }

    [YamlMember(Order = 6)]
    public UnVote? CounterTerrorism { get; set; }

    /// <summary>The ordered vote on a measure, or null when the fallback doctrine votes.</summary>
    public UnVote? On(UnMeasure measure) => (measure switch
    {
        UnMeasure.Condemnation => Condemnation,
        UnMeasure.Sanctions => Sanctions,
        UnMeasure.Peacekeeping => Peacekeeping,
        UnMeasure.Protection => Protection,
        UnMeasure.Enforcement => Enforcement,
        UnMeasure.CounterTerrorism => CounterTerrorism,
        _ => null,
    }) ?? Default;
}

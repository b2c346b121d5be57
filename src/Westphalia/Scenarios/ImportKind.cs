namespace Westphalia.Scenarios;

/// <summary>The kinds of file a scenario can import into its initial world (docs/ODD.md §6).</summary>
public enum ImportKind
{
    /// <summary>COW National Material Capabilities: population and military spending for a year.</summary>
    Nmc,

    /// <summary>COW Direct Contiguity: which states border each other in a year.</summary>
    Contiguity,

    /// <summary>A plain CSV of state attributes: population, income per capita, military spending.</summary>
    Attributes,
}

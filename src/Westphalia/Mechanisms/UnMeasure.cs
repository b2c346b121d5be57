namespace Westphalia.Mechanisms;

/// <summary>What a draft resolution would have the United Nations do.</summary>
public enum UnMeasure
{
    /// <summary>Condemn, and call for an end to the violence.</summary>
    Condemnation = 1,

    /// <summary>Economic sanctions on the target, leaking through its allies.</summary>
    Sanctions = 2,

    /// <summary>A peacekeeping mission in a state after a civil war, paid from the members' pledges.</summary>
    Peacekeeping = 3,

    /// <summary>A protection force authorised under the Responsibility to Protect: an override of sovereignty.</summary>
    Protection = 4,

    /// <summary>Collective enforcement authorised against an aggressor: the pledging members' forces stand by its victims; an override of sovereignty.</summary>
    Enforcement = 5,

    /// <summary>A call on every member to share what its police know about terror networks (as resolution 1373 did in 2001).</summary>
    CounterTerrorism = 6,
}

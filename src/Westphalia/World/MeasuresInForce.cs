namespace Westphalia;

/// <summary>
/// What the Security Council's resolutions in force do this month, as the other mechanisms read it (docs/ODD.md
/// §7.17): the United Nations writes it each month from its resolutions, and civil war, interstate war and Interpol act
/// on it. No mechanism writes another's fields.
/// </summary>
public sealed class MeasuresInForce
{
    public MeasuresInForce(int states)
    {
        Mission = new bool[states];
        Monitoring = new double[states];
        ExternalProtection = new double[states];
        Clear();
    }

    /// <summary>Whether a peacekeeping mission is in each state.</summary>
    public bool[] Mission { get; }

    /// <summary>
    /// How fully a peacekeeping mission monitors each state's settlement, 0 to 1: the share of the post-war and
    /// instability terms of the civil-war hazard it takes away (docs/ODD.md §7.17); 0 without a mission.
    /// </summary>
    public double[] Monitoring { get; }

    /// <summary>Restraint on each state's government violence by forces from outside (a mission, a protection force), 0 to 1.</summary>
    public double[] ExternalProtection { get; }

    /// <summary>The forces in being of the coalition authorised to stand by the victims of each aggressor (by state).</summary>
    public Dictionary<int, double> Enforcement { get; } = [];

    /// <summary>Factor on the superiority an attack needs: 1 plus the norm of territorial integrity while the UN exists, else 1.</summary>
    public double AttackThresholdFactor { get; set; } = 1;

    /// <summary>The least share of its findings every state passes to Interpol, set by a Council call against terrorism; 0 without one.</summary>
    public double SharingFloor { get; set; }

    /// <summary>No measure in force: what the world is before the UN acts, and each month before it puts its resolutions to work.</summary>
    public void Clear()
    {
        Array.Clear(Mission);
        Array.Clear(Monitoring);
        Array.Clear(ExternalProtection);
        Enforcement.Clear();
        SharingFloor = 0;
    }
}

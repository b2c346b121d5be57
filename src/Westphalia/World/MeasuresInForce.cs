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
        RelapseHazardFactor = new double[states];
        ExternalProtection = new double[states];
        Clear();
    }

    /// <summary>Factor on each state's hazard of a new civil war: 1 − the peacekeeping effect under a mission, else 1.</summary>
    public double[] RelapseHazardFactor { get; }

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
        Array.Fill(RelapseHazardFactor, 1.0);
        Array.Clear(ExternalProtection);
        Enforcement.Clear();
        SharingFloor = 0;
    }
}

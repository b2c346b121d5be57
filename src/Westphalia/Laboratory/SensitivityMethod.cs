namespace Westphalia.Laboratory;

/// <summary>How a sensitivity analysis samples the factors and reads their effects (<see cref="SensitivityFile"/>).</summary>
public enum SensitivityMethod
{
    /// <summary>Morris's elementary effects: μ, μ* and σ per factor (<see cref="Laboratory.Morris"/>).</summary>
    Morris,

    /// <summary>Sobol' first- and total-order indices by Saltelli's scheme (<see cref="Saltelli"/>).</summary>
    Sobol,
}

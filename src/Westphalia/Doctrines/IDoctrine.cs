namespace Westphalia.Doctrines;

/// <summary>A state policy: reads what its state can see and returns the policy for this tick.</summary>
public interface IDoctrine
{
    string Name { get; }

    Policy Decide(in StateView view);
}

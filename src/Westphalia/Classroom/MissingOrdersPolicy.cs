namespace Westphalia.Classroom;

/// <summary>What a team's state does for a decision its orders for the turn do not cover, or for a turn with no orders.</summary>
public enum MissingOrdersPolicy
{
    /// <summary>The state's doctrine decides, as for a computer-governed state.</summary>
    Computer = 0,

    /// <summary>The team's last orders stand; the doctrine decides what they never covered.</summary>
    RepeatLast = 1,

    /// <summary>The turn waits: the game refuses to resolve it until the instructor submits for the team or changes the policy.</summary>
    Instructor = 2,
}

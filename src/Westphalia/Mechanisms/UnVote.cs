namespace Westphalia.Mechanisms;

/// <summary>How a member votes on a draft.</summary>
public enum UnVote
{
    No = -1,
    Abstain = 0,
    Yes = 1,
}

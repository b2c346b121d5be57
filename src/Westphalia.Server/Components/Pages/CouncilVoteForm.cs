namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of the Council page's form <c>vote</c>: the draft's number this turn (from 1) and yes, no or abstain.</summary>
public sealed class CouncilVoteForm
{
    /// <summary>The draft's number, from 1.</summary>
    public string? Draft { get; set; }

    /// <summary>yes, no or abstain.</summary>
    public string? Choice { get; set; }
}

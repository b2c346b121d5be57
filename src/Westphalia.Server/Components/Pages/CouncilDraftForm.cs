namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of the Council page's form <c>draft</c>: a measure and the state it targets.</summary>
public sealed class CouncilDraftForm
{
    /// <summary>condemnation, sanctions, peacekeeping, protection, enforcement or counter_terrorism.</summary>
    public string? Measure { get; set; }

    /// <summary>The target state's name.</summary>
    public string? Target { get; set; }
}

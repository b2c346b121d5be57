namespace Westphalia.Server.Components.Pages;

/// <summary>The fields of a team's message form: to a team's state name, or "all" for a public communiqué.</summary>
public sealed class MessageForm
{
    public string? To { get; set; }

    public string? Body { get; set; }
}

namespace Westphalia.Server.Components.Pages;

/// <summary>The dashboard's <c>control</c> form: <c>pause</c>, <c>resume</c>, <c>resolve</c> or <c>extend</c> (by <see cref="Minutes"/>).</summary>
public sealed class ControlForm
{
    public string Action { get; set; } = "";

    /// <summary>The turn the page showed, for <c>resolve</c>: a turn resolved meanwhile is not followed by the next one.</summary>
    public int? Turn { get; set; }

    /// <summary>Minutes to add to the deadline, for <c>extend</c>.</summary>
    public int? Minutes { get; set; }
}

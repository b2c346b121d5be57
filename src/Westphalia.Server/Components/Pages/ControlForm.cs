namespace Westphalia.Server.Components.Pages;

/// <summary>The dashboard's <c>control</c> form: <c>pause</c>, <c>resume</c>, <c>resolve</c> or <c>extend</c> (by <see cref="Minutes"/>).</summary>
public sealed class ControlForm
{
    public string Action { get; set; } = "";

    /// <summary>Minutes to add to the deadline, for <c>extend</c>.</summary>
    public int? Minutes { get; set; }
}

namespace Westphalia.Server.Components.Pages;

/// <summary>The dashboard's <c>inject</c> form: a news item, intelligence report or crisis, to one team's state or <c>all</c>.</summary>
public sealed class InjectForm
{
    /// <summary><c>news</c>, <c>intelligence</c> or <c>crisis</c>.</summary>
    public string Kind { get; set; } = "news";

    /// <summary>A team's state name, or <c>all</c>.</summary>
    public string To { get; set; } = "all";

    public string Body { get; set; } = "";
}

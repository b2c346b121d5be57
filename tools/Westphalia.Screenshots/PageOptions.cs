namespace Westphalia.Screenshots;

/// <summary>How a page is opened and photographed.</summary>
public sealed record PageOptions
{
    /// <summary>Viewport width in CSS pixels, and so the screenshot's width (device scale 1).</summary>
    public int Width { get; init; } = 1200;

    /// <summary>Viewport height in CSS pixels; the screenshot is of the full page, however tall, unless <see cref="FullPage"/> is false.</summary>
    public int Height { get; init; } = 800;

    /// <summary>Whether the screenshot is of the whole page (true) or of the viewport only, the page's top.</summary>
    public bool FullPage { get; init; } = true;

    /// <summary>How long the page may take to load and to be photographed.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);
}

namespace Westphalia.Screenshots;

/// <summary>
/// What a browser saw opening an HTML file offline (<see cref="OfflineBrowser.OpenAsync"/>): every request the page
/// attempted, what it could not load, what it complained of.
/// </summary>
/// <param name="Page">The file opened.</param>
/// <param name="Requests">Every request the page attempted, in order, the page's own file first (data: URLs
/// shortened to their first 60 characters).</param>
/// <param name="ExternalRequests">Requests to anything but file: and data: (http, https, ws, ...): each was aborted.
/// </param>
/// <param name="FileRequests">Requests for other local files than the page itself: allowed, but the page is then not
/// one self-contained file.</param>
/// <param name="ConsoleErrors">Errors written to the console (aborted requests among them) and uncaught exceptions.
/// </param>
/// <param name="Images">How many <c>img</c> elements the page has.</param>
/// <param name="BrokenImages">The <c>img</c> elements (their sources) that did not decode to a picture: natural
/// width 0.</param>
/// <param name="Svgs">How many outermost inline <c>svg</c> elements the page has.</param>
/// <param name="EmptySvgs">Outermost inline <c>svg</c> elements (their ids or positions) whose bounding box has no
/// area.</param>
/// <param name="Screenshot">The PNG written, or null when none was asked for.</param>
public sealed record PageCheck(
    string Page,
    IReadOnlyList<string> Requests,
    IReadOnlyList<string> ExternalRequests,
    IReadOnlyList<string> FileRequests,
    IReadOnlyList<string> ConsoleErrors,
    int Images,
    IReadOnlyList<string> BrokenImages,
    int Svgs,
    IReadOnlyList<string> EmptySvgs,
    string? Screenshot)
{
    /// <summary>The page asked for nothing but itself and data: URLs.</summary>
    public bool IsSelfContained => ExternalRequests.Count == 0 && FileRequests.Count == 0;

    /// <summary>Self-contained, no console errors, every image and inline SVG drawn.</summary>
    public bool IsClean => IsSelfContained && ConsoleErrors.Count == 0 && BrokenImages.Count == 0 && EmptySvgs.Count == 0;

    /// <summary>One line per problem found; empty when <see cref="IsClean"/>.</summary>
    public IEnumerable<string> Problems() =>
        ExternalRequests.Select(r => $"external request (aborted): {r}")
            .Concat(FileRequests.Select(r => $"request for another file: {r}"))
            .Concat(ConsoleErrors.Select(e => $"console error: {e}"))
            .Concat(BrokenImages.Select(i => $"broken image: {i}"))
            .Concat(EmptySvgs.Select(s => $"inline svg with an empty bounding box: {s}"));
}

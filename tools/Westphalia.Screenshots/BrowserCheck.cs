namespace Westphalia.Screenshots;

/// <summary>
/// One HTML file checked in a browser of its own: <see cref="OfflineBrowser"/> launched, the page opened offline,
/// the browser closed. To check many files, launch one <see cref="OfflineBrowser"/> and open them all with it.
/// </summary>
public static class BrowserCheck
{
    /// <summary>
    /// Opens <paramref name="htmlPath"/> in headless Chromium with every request but file: and data: aborted, writes a
    /// full-page PNG to <paramref name="screenshotPath"/> if given, and says what the browser saw.
    /// </summary>
    /// <example><code>
    /// var check = await BrowserCheck.OpenOfflineAsync("runs/x/report.html", "docs/images/report.png");
    /// Assert.True(check.IsClean, string.Join('\n', check.Problems()));
    /// </code></example>
    public static async Task<PageCheck> OpenOfflineAsync(string htmlPath, string? screenshotPath = null, PageOptions? options = null)
    {
        await using var browser = await OfflineBrowser.LaunchAsync().ConfigureAwait(false);
        return await browser.OpenAsync(htmlPath, screenshotPath, options).ConfigureAwait(false);
    }
}

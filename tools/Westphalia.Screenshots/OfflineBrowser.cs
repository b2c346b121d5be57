using System.Text.Json;
using Microsoft.Playwright;

namespace Westphalia.Screenshots;

/// <summary>
/// A headless Chromium (Debian's, see <see cref="Chromium"/>) that opens HTML files with the network cut: every
/// request but file: and data: is aborted and recorded, so a page that needs anything from elsewhere shows it.
/// Launch one and open many pages with it (a browser takes about a second to start); each page gets a fresh context.
/// </summary>
public sealed class OfflineBrowser : IAsyncDisposable
{
    // After the load event: lazy images made eager and decoded, fonts ready; then what the page drew.
    // SVGs hidden by display: none (a closed <details>, say) have no box and are not counted as empty.
    private const string InspectScript = """
        async () => {
          const images = Array.from(document.images);
          for (const image of images) if (image.loading === 'lazy') image.loading = 'eager';
          await Promise.all(images.map(image => image.decode().catch(() => null)));
          await document.fonts.ready;
          const svgs = Array.from(document.querySelectorAll('svg'))
            .filter(svg => !(svg.parentElement && svg.parentElement.closest('svg')));
          const shorten = text => text.length > 80 ? text.slice(0, 60) + '...' : text;
          return {
            images: images.length,
            brokenImages: images.filter(image => !(image.complete && image.naturalWidth > 0))
              .map(image => shorten(image.currentSrc || image.getAttribute('src') || image.outerHTML)),
            svgs: svgs.length,
            emptySvgs: svgs.map((svg, n) => {
                const box = svg.getBoundingClientRect();
                const drawn = (box.width > 0 && box.height > 0) || !svg.checkVisibility();
                return drawn ? null : (svg.id ? '#' + svg.id : 'svg ' + (n + 1) + ' of ' + svgs.length);
              }).filter(name => name !== null),
          };
        }
        """;

    /// <summary>How long <see cref="CloseWithinAsync"/> gives a browser to close when the browser is disposed.</summary>
    public static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(30);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;

    private OfflineBrowser(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        _browser = browser;
    }

    /// <summary>The browser's version, as Chromium reports it.</summary>
    public string Version => _browser.Version;

    /// <summary>Starts Playwright's driver (shipped in its NuGet package) and a headless Chromium.</summary>
    /// <param name="chromiumPath">The Chromium executable; by default <see cref="Chromium.Locate"/>'s.</param>
    /// <exception cref="ChromiumNotFoundException">No Chromium, or one that would not start.</exception>
    public static async Task<OfflineBrowser> LaunchAsync(string? chromiumPath = null)
    {
        var executable = Chromium.Locate(chromiumPath);
        var playwright = await Playwright.CreateAsync().ConfigureAwait(false);
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = executable,
                Headless = true,
                Timeout = 60_000,
                // Software rendering either way on a headless machine; without the GPU process pages open about
                // twice as fast, and the pictures are the same.
                Args = ["--disable-gpu"],
            }).ConfigureAwait(false);
            return new OfflineBrowser(playwright, browser);
        }
        catch (PlaywrightException e)
        {
            playwright.Dispose();
            throw new ChromiumNotFoundException($"Chromium at {executable} did not start: {FirstLine(e.Message).TrimEnd('.')}.", e);
        }
    }

    /// <summary>
    /// Opens <paramref name="htmlPath"/> as a file: URL, waits for the load event, for images to decode and fonts to
    /// be ready, writes a full-page PNG to <paramref name="screenshotPath"/> if given, and says what it saw.
    /// </summary>
    /// <exception cref="FileNotFoundException">No file at <paramref name="htmlPath"/>.</exception>
    /// <exception cref="TimeoutException">The page did not load within <see cref="PageOptions.Timeout"/>.</exception>
    public async Task<PageCheck> OpenAsync(string htmlPath, string? screenshotPath = null, PageOptions? options = null)
    {
        options ??= new PageOptions();
        var path = Path.GetFullPath(htmlPath);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No such file: {htmlPath}", htmlPath);
        }

        var page = new Uri(path);
        var requests = new List<string>();
        var external = new List<string>();
        var files = new List<string>();
        var errors = new List<string>();
        void Record(string url)
        {
            lock (requests)
            {
                requests.Add(Shorten(url));
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || !IsLocal(uri))
                {
                    external.Add(url);
                }
                else if (uri.IsFile && Uri.Compare(uri, page, UriComponents.HttpRequestUrl, UriFormat.Unescaped, StringComparison.Ordinal) != 0)
                {
                    files.Add(url);
                }
            }
        }

        void Error(string message)
        {
            lock (requests)
            {
                errors.Add(message);
            }
        }

        await using var context = await _browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = options.Width, Height = options.Height },
            DeviceScaleFactor = 1,
            ServiceWorkers = ServiceWorkerPolicy.Block,
            Offline = true,
        }).ConfigureAwait(false);
        context.SetDefaultTimeout((float)options.Timeout.TotalMilliseconds);
        await context.RouteAsync("**/*", route =>
            Uri.TryCreate(route.Request.Url, UriKind.Absolute, out var uri) && IsLocal(uri)
                ? route.ContinueAsync()
                : route.AbortAsync("blockedbyclient")).ConfigureAwait(false);

        var tab = await context.NewPageAsync().ConfigureAwait(false);
        tab.Request += (_, request) => Record(request.Url);
        tab.WebSocket += (_, socket) => Record(socket.Url);
        tab.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                Error(message.Location is { } at && !string.IsNullOrEmpty(at) ? $"{message.Text} ({Shorten(at)})" : message.Text);
            }
        };
        tab.PageError += (_, error) => Error($"uncaught: {FirstLine(error)}");

        JsonElement seen;
        try
        {
            await tab.GotoAsync(page.AbsoluteUri, new PageGotoOptions { WaitUntil = WaitUntilState.Load }).ConfigureAwait(false);
            // Evaluating a script has no timeout of its own in Playwright, and the script waits for images to decode
            // and fonts to be ready: bounded by the page's timeout, so that a page that never settles fails, not hangs.
            seen = await tab.EvaluateAsync<JsonElement>(InspectScript).WaitAsync(options.Timeout).ConfigureAwait(false);
            if (screenshotPath is not null)
            {
                var folder = Path.GetDirectoryName(Path.GetFullPath(screenshotPath));
                if (!string.IsNullOrEmpty(folder))
                {
                    Directory.CreateDirectory(folder);
                }

                await tab.ScreenshotAsync(new PageScreenshotOptions
                {
                    Path = screenshotPath,
                    FullPage = options.FullPage,
                    Type = ScreenshotType.Png,
                    Animations = ScreenshotAnimations.Disabled,
                }).ConfigureAwait(false);
            }
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"{htmlPath} did not load within {options.Timeout.TotalSeconds:0} s: {FirstLine(e.Message)}", e);
        }
        catch (PlaywrightException e)
        {
            // A page that reloads or leaves itself while it is inspected, say: the message names the page.
            throw new PlaywrightException($"{htmlPath}: {FirstLine(e.Message)}", e);
        }

        lock (requests)
        {
            return new PageCheck(
                path,
                [.. requests],
                [.. external],
                [.. files],
                [.. errors],
                seen.GetProperty("images").GetInt32(),
                [.. seen.GetProperty("brokenImages").EnumerateArray().Select(e => e.GetString() ?? "")],
                seen.GetProperty("svgs").GetInt32(),
                [.. seen.GetProperty("emptySvgs").EnumerateArray().Select(e => e.GetString() ?? "")],
                screenshotPath is null ? null : Path.GetFullPath(screenshotPath));
        }
    }

    public async ValueTask DisposeAsync()
    {
        await CloseWithinAsync(_browser, CloseTimeout).ConfigureAwait(false);
        _playwright.Dispose();
    }

    /// <summary>
    /// Closes <paramref name="browser"/>, waiting for it at most <paramref name="timeout"/>: Playwright's closes have no
    /// timeout of their own (a tab closed as its navigation commits is never closed by Chromium, crbug.com/536385539), so
    /// that a browser that does not answer cannot hold its caller for ever. Past the timeout the wait is given up;
    /// disposing the Playwright instance afterwards ends its driver, and the browser with it.
    /// </summary>
    public static async Task CloseWithinAsync(IBrowser browser, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(browser);
        try
        {
            await browser.CloseAsync().WaitAsync(timeout).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            // Given up: the caller disposes Playwright next.
        }
    }

    // What a page may load without being anything but itself: its own and other files (told apart in FileRequests),
    // data: and blob: URLs, about:blank.
    private static bool IsLocal(Uri uri) => uri.Scheme is "file" or "data" or "blob" or "about";

    private static string Shorten(string url) => url.StartsWith("data:", StringComparison.Ordinal) && url.Length > 80 ? url[..60] + "..." : url;

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();
}

using Microsoft.Playwright;
using Westphalia.Screenshots;

namespace Westphalia.BrowserTests;

/// <summary>
/// HTML opened in Debian's headless Chromium with the network cut (<see cref="OfflineBrowser"/>): a self-contained page
/// shows everything and asks for nothing, and a page that needs the web is caught. One browser for the class.
/// </summary>
public class OfflinePageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    private const uint SteelBlue = 0x4682B4, Orange = 0xFF7F0E, Purple = 0x9467BD, MapRed = 0xD62728, MapGreen = 0x2CA02C;

    [Fact]
    public async Task A_self_contained_page_asks_for_nothing_but_itself_and_data_urls()
    {
        var check = await chromium.Browser.OpenAsync(ChromiumFixture.Page("self-contained.html"));

        Assert.NotEmpty(check.Requests);
        Assert.All(check.Requests, r => Assert.True(r.StartsWith("file:", StringComparison.Ordinal) || r.StartsWith("data:", StringComparison.Ordinal), r));
        Assert.Equal(new Uri(check.Page).AbsoluteUri, check.Requests[0]);
        Assert.Empty(check.ExternalRequests);
        Assert.Empty(check.FileRequests);
        Assert.Empty(check.ConsoleErrors);
        Assert.True(check.IsSelfContained);
        Assert.True(check.IsClean, string.Join('\n', check.Problems()));
    }

    [Fact]
    public async Task Every_image_decodes_and_every_inline_svg_has_a_box()
    {
        var check = await chromium.Browser.OpenAsync(ChromiumFixture.Page("self-contained.html"));

        Assert.Equal(1, check.Images);
        Assert.Empty(check.BrokenImages);
        Assert.Equal(2, check.Svgs); // the svg nested in #wars is part of it
        Assert.Empty(check.EmptySvgs);
    }

    [Fact]
    public async Task The_screenshot_is_the_whole_page_1200_pixels_wide_with_every_chart_drawn()
    {
        var png = Path.Combine(ChromiumFixture.TempFolder(), "images", "report.png");

        var check = await chromium.Browser.OpenAsync(ChromiumFixture.Page("self-contained.html"), png);

        Assert.Equal(Path.GetFullPath(png), check.Screenshot);
        var image = PngImage.Read(png);
        Assert.Equal(1200, image.Width);
        Assert.True(image.Height > 1400 + 400, $"the page (a 1400-pixel block below the charts) is {image.Height} pixels high in the screenshot");
        Assert.True(image.Colours() > 10, $"{image.Colours()} colours");
        // Each chart's own colour, over most of its area: the bars (2 × 100 × 160 and 100 × 110 less text), the disc
        // (π × 80²), the nested square (160²), the PNG's halves scaled to 120 × 160 each.
        Assert.InRange(image.Count(SteelBlue), 25_000, 27_000);
        Assert.InRange(image.Count(Orange), 19_000, 20_200);
        Assert.Equal(160 * 160, image.Count(Purple));
        Assert.Equal(120 * 160, image.Count(MapRed));
        Assert.Equal(120 * 160, image.Count(MapGreen));
    }

    [Fact]
    public async Task The_width_is_an_option()
    {
        var png = Path.Combine(ChromiumFixture.TempFolder(), "narrow.png");

        await chromium.Browser.OpenAsync(ChromiumFixture.Page("self-contained.html"), png, new PageOptions { Width = 640 });

        Assert.Equal(640, PngImage.Read(png).Width);
    }

    [Fact]
    public async Task A_page_that_loads_from_the_web_is_not_self_contained_and_its_requests_are_aborted()
    {
        var check = await chromium.Browser.OpenAsync(ChromiumFixture.Page("from-the-web.html"));

        Assert.False(check.IsSelfContained);
        Assert.False(check.IsClean);
        Assert.Equal(
            ["http://cdn.example.org/charts.js", "https://cdn.example.org/report.css", "https://example.org/chart.png"],
            check.ExternalRequests.Order(StringComparer.Ordinal));
        Assert.Equal(["https://example.org/chart.png"], check.BrokenImages);
        Assert.Contains(check.ConsoleErrors, e => e.Contains("ERR_BLOCKED_BY_CLIENT", StringComparison.Ordinal));
        Assert.Contains(check.Problems(), p => p == "external request (aborted): https://example.org/chart.png");
        Assert.Empty(check.EmptySvgs);
    }

    [Fact]
    public async Task A_page_that_needs_a_file_beside_it_is_not_self_contained()
    {
        var folder = ChromiumFixture.TempFolder();
        var html = File.ReadAllText(ChromiumFixture.Page("self-contained.html"));
        var start = html.IndexOf("data:image/png;base64,", StringComparison.Ordinal);
        var end = html.IndexOf('"', start);
        File.WriteAllBytes(Path.Combine(folder, "map.png"), Convert.FromBase64String(html[(start + "data:image/png;base64,".Length)..end]));
        File.WriteAllText(Path.Combine(folder, "report.html"), html[..start] + "map.png" + html[end..]);

        var check = await chromium.Browser.OpenAsync(Path.Combine(folder, "report.html"));

        Assert.Equal([new Uri(Path.Combine(folder, "map.png")).AbsoluteUri], check.FileRequests);
        Assert.Empty(check.ExternalRequests);
        Assert.Empty(check.BrokenImages);
        Assert.False(check.IsSelfContained);
    }

    [Fact]
    public async Task Script_errors_and_charts_with_no_area_are_reported()
    {
        var page = Path.Combine(ChromiumFixture.TempFolder(), "broken.html");
        File.WriteAllText(page, """
            <!doctype html><html><head><meta charset="utf-8"><title>broken</title></head><body>
            <svg id="flat" width="400" height="0"></svg>
            <details><summary>more</summary><svg id="folded" width="400" height="200"></svg></details>
            <img alt="nothing" src="data:image/png;base64,AAAA">
            <script>console.error('no data for the chart'); undefinedFunction();</script>
            </body></html>
            """);

        var check = await chromium.Browser.OpenAsync(page);

        Assert.True(check.IsSelfContained);
        Assert.Equal(["#flat"], check.EmptySvgs); // #folded is in a closed <details>: not drawn, not wrong
        Assert.Single(check.BrokenImages);
        Assert.Contains("no data for the chart", check.ConsoleErrors[0], StringComparison.Ordinal);
        Assert.Contains(check.ConsoleErrors, e => e.StartsWith("uncaught: ", StringComparison.Ordinal) && e.Contains("undefinedFunction", StringComparison.Ordinal));
        Assert.False(check.IsClean);
    }

    [Fact]
    public async Task A_page_whose_images_never_finish_decoding_times_out_instead_of_hanging()
    {
        var page = Path.Combine(ChromiumFixture.TempFolder(), "never.html");
        File.WriteAllText(page, """
            <!doctype html><html><head><meta charset="utf-8"><title>never</title></head><body>
            <img alt="dot" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
            <script>HTMLImageElement.prototype.decode = () => new Promise(() => {});</script>
            </body></html>
            """);

        var e = await Assert.ThrowsAsync<TimeoutException>(() => chromium.Browser.OpenAsync(page, options: new PageOptions { Timeout = TimeSpan.FromSeconds(2) }));

        Assert.Contains("did not load within 2 s", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_page_that_keeps_reloading_itself_fails_within_its_timeout_and_the_browser_opens_the_next_page()
    {
        var folder = ChromiumFixture.TempFolder();
        var page = Path.Combine(folder, "restless.html");
        File.WriteAllText(page, """
            <!doctype html><html><head><meta charset="utf-8"><title>restless</title></head><body>
            <p>again</p>
            <script>setTimeout(() => location.reload(), 30);</script>
            </body></html>
            """);
        var options = new PageOptions { Timeout = TimeSpan.FromSeconds(2) };

        // Each open either sees the page between two reloads or fails naming it; none may outlast its timeout and the
        // close of its tab by much. Several opens, since a close hangs only when it meets a reload as it commits.
        for (var i = 0; i < 6; i++)
        {
            var open = chromium.Browser.OpenAsync(page, options: options);
            var finished = await Task.WhenAny(open, Task.Delay(options.Timeout + OfflineBrowser.CloseTimeout + TimeSpan.FromSeconds(30)));
            Assert.True(finished == open, $"opening the page the {i + 1}th time did not finish");
            if (open.Exception?.InnerException is { } e)
            {
                Assert.True(e is TimeoutException or PlaywrightException, e.ToString());
                Assert.StartsWith(page, e.Message, StringComparison.Ordinal);
            }
        }

        var check = await chromium.Browser.OpenAsync(ChromiumFixture.Page("self-contained.html"));
        Assert.True(check.IsClean, string.Join('\n', check.Problems()));
    }

    [Fact]
    public async Task A_missing_page_is_a_file_not_found()
    {
        var missing = Path.Combine(ChromiumFixture.TempFolder(), "report.html");

        var e = await Assert.ThrowsAsync<FileNotFoundException>(() => chromium.Browser.OpenAsync(missing));

        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }
}

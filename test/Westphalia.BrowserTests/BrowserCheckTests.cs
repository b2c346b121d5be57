using Westphalia.Screenshots;

namespace Westphalia.BrowserTests;

/// <summary>The one-call check, which launches and closes a browser of its own, and where Chromium is looked for.</summary>
public class BrowserCheckTests
{
    [Fact]
    public async Task One_call_opens_a_page_offline_and_photographs_it()
    {
        var png = Path.Combine(ChromiumFixture.TempFolder(), "report.png");

        var check = await BrowserCheck.OpenOfflineAsync(ChromiumFixture.Page("self-contained.html"), png);

        Assert.True(check.IsClean, string.Join('\n', check.Problems()));
        Assert.Equal(1200, PngImage.Read(png).Width);
    }

    [Fact]
    public void A_chromium_that_is_not_there_is_named_with_what_to_install()
    {
        var e = Assert.Throws<ChromiumNotFoundException>(() => Chromium.Locate("/nonexistent/chromium"));

        Assert.Contains("/nonexistent/chromium", e.Message, StringComparison.Ordinal);
        Assert.Contains("apt-get install chromium", e.Message, StringComparison.Ordinal);
    }
}

using Spectre.Console;

namespace Westphalia.BrowserTests;

/// <summary>
/// The reports the command writes, opened in Chromium with the network cut off: each asks for nothing beyond its own
/// file, logs no error, decodes every chart, and photographs whole.
/// </summary>
public class ReportPageTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Theory]
    [InlineData("run", "default", "--years", "4")]
    [InlineData("compare", "default", "--arms", "realist,human-security", "--seeds", "3", "--years", "4")]
    [InlineData("experiment", "responsibility-to-protect", "--seeds", "3", "--years", "4")]
    [InlineData("experiment", "state-and-citizens", "--seeds", "3", "--years", "4")]
    public async Task A_report_opens_offline_clean_and_whole(params string[] command)
    {
        var folder = Path.Combine(ChromiumFixture.TempFolder(), "out");
        var error = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Ansi = AnsiSupport.No, Interactive = InteractionSupport.No, Out = new AnsiConsoleOutput(new StringWriter()) });
        var code = await Westphalia.Cli.Cli.MainAsync([.. command, "--out", folder, "--threads", "2", "--quiet"], console, error);
        Assert.True(code == 0, error.ToString());
        var page = Path.Combine(folder, "report.html");
        var png = Path.Combine(folder, "report.png");

        var check = await chromium.Browser.OpenAsync(page, png);

        Assert.True(check.IsClean, string.Join('\n', check.Problems()));
        var figures = Directory.GetFiles(Path.Combine(folder, "charts"), "*.png").Length;
        Assert.True(figures >= 2, $"{figures} charts");
        Assert.Equal(figures, check.Images);
        var image = PngImage.Read(png);
        Assert.Equal(1200, image.Width);
        Assert.True(image.Height > 400 * figures, $"a page of {image.Height} pixels for {figures} charts");
    }
}

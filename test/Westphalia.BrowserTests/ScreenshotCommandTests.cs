using System.Diagnostics;

namespace Westphalia.BrowserTests;

/// <summary>
/// The screenshot command (tools/Westphalia.Screenshots) as a user runs it: a PNG and a one-line summary, each problem
/// of the page on a line and exit 1, and bad input in one line, exit 2, no stack trace.
/// </summary>
public class ScreenshotCommandTests
{
    [Fact]
    public void A_self_contained_page_is_photographed_at_the_width_asked_and_exits_0()
    {
        var png = Path.Combine(ChromiumFixture.TempFolder(), "docs", "images", "report.png");

        var (code, output, errors) = Run(ChromiumFixture.Page("self-contained.html"), png, "--width", "800");

        Assert.True(code == 0, errors);
        Assert.Contains("800 × ", output, StringComparison.Ordinal);
        Assert.Equal(800, PngImage.Read(png).Width);
    }

    [Fact]
    public void A_page_that_loads_from_the_web_is_photographed_but_exits_1_naming_each_request()
    {
        var png = Path.Combine(ChromiumFixture.TempFolder(), "web.png");

        var (code, _, errors) = Run(ChromiumFixture.Page("from-the-web.html"), png);

        Assert.Equal(1, code);
        Assert.True(File.Exists(png));
        Assert.Contains("external request (aborted): https://example.org/chart.png", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_page_exits_2_in_one_line()
    {
        var (code, _, errors) = Run("no-such-report.html", "out.png");

        Assert.Equal(2, code);
        Assert.Equal("error: no such file: no-such-report.html", errors.Trim());
    }

    [Fact]
    public void No_chromium_exits_2_saying_what_to_install()
    {
        var (code, _, errors) = Run(ChromiumFixture.Page("self-contained.html"), Path.Combine(ChromiumFixture.TempFolder(), "x.png"),
            chromium: "/nonexistent/chromium");

        Assert.Equal(2, code);
        Assert.Contains("apt-get install chromium", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_arguments_exit_2_with_the_usage()
    {
        var (code, _, errors) = Run("report.html");

        Assert.Equal(2, code);
        Assert.Contains("usage: ", errors, StringComparison.Ordinal);
    }

    private static (int Code, string Output, string Errors) Run(params string[] args) => Run(args, null);

    private static (int Code, string Output, string Errors) Run(string page, string png, string chromium) => Run([page, png], chromium);

    private static (int Code, string Output, string Errors) Run(string[] args, string? chromium)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = ChromiumFixture.TempFolder(),
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Westphalia.Screenshots.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (chromium is not null)
        {
            start.Environment["WESTPHALIA_CHROMIUM"] = chromium;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(TimeSpan.FromMinutes(1)), "the command did not finish within a minute");
        return (process.ExitCode, output.Result, errors.Result);
    }
}

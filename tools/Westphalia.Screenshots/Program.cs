using System.Buffers.Binary;
using System.Globalization;
using Westphalia.Screenshots;

// westphalia-screenshots PAGE.html OUT.png [--width N] [--height N]: a full-page PNG of an HTML file in headless
// Chromium, offline. Exit 0: written, the page self-contained and clean; 1: written, but the page asked for something
// from elsewhere, logged errors or drew an image or SVG empty (each problem printed); 2: bad arguments, no such file,
// no Chromium; 3: the browser failed otherwise.
const string Usage = "usage: Westphalia.Screenshots PAGE.html OUT.png [--width PIXELS] [--height PIXELS] [--top]";

var positional = new List<string>();
var options = new PageOptions();
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "-h" or "--help":
            Console.WriteLine(Usage);
            Console.WriteLine("Renders PAGE.html in headless Chromium (Debian's chromium, or $WESTPHALIA_CHROMIUM) with every request");
            Console.WriteLine("but file: and data: aborted, and writes a full-page PNG at device scale 1 (default width 1200);");
            Console.WriteLine("with --top, only the top of the page, --height pixels tall (default 800).");
            return 0;
        case "--top":
            options = options with { FullPage = false };
            break;
        case "--width" or "--height":
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var pixels) || pixels is < 100 or > 10_000)
            {
                return Fail($"{args[i]} takes a number of pixels from 100 to 10000");
            }

            options = args[i] == "--width" ? options with { Width = pixels } : options with { Height = pixels };
            i++;
            break;
        case var option when option.StartsWith('-') && option.Length > 1:
            return Fail($"unknown option {option}");
        default:
            positional.Add(args[i]);
            break;
    }
}

if (positional.Count != 2)
{
    return Fail("expected a page and a PNG to write");
}

var (page, png) = (positional[0], positional[1]);
if (!File.Exists(page))
{
    return Fail($"no such file: {page}", usage: false);
}

try
{
    await using var browser = await OfflineBrowser.LaunchAsync().ConfigureAwait(false);
    var check = await browser.OpenAsync(page, png, options).ConfigureAwait(false);
    var header = new byte[24];
    await using (var file = File.OpenRead(png))
    {
        await file.ReadExactlyAsync(header).ConfigureAwait(false);
    }

    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{png}: {BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(16))} × {BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(20))} pixels, {check.Images} images, {check.Svgs} inline SVGs (Chromium {browser.Version})"));
    foreach (var problem in check.Problems())
    {
        Console.Error.WriteLine($"{page}: {problem}");
    }

    return check.IsClean ? 0 : 1;
}
catch (ChromiumNotFoundException e)
{
    return Fail(e.Message, usage: false);
}
#pragma warning disable CA1031 // Any other failure of the browser is reported in one line, without a stack trace.
catch (Exception e) when (e is TimeoutException or IOException or UnauthorizedAccessException or Microsoft.Playwright.PlaywrightException)
{
    Console.Error.WriteLine($"error: {e.Message.Split('\n', 2)[0].Trim()}");
    return 3;
}
#pragma warning restore CA1031

static int Fail(string message, bool usage = true)
{
    Console.Error.WriteLine($"error: {message}");
    if (usage)
    {
        Console.Error.WriteLine(Usage);
    }

    return 2;
}

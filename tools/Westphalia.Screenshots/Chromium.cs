namespace Westphalia.Screenshots;

/// <summary>
/// Where the browser is: Debian's <c>chromium</c> package, never a browser downloaded by Playwright. The first of:
/// the path given, <c>WESTPHALIA_CHROMIUM</c> (test/components.sh sets it), <c>/usr/bin/chromium</c>,
/// <c>/usr/bin/chromium-browser</c>.
/// </summary>
public static class Chromium
{
    /// <summary>The environment variable that names the Chromium executable.</summary>
    public const string EnvironmentVariable = "WESTPHALIA_CHROMIUM";

    private static readonly string[] s_usual = ["/usr/bin/chromium", "/usr/bin/chromium-browser"];

    /// <summary>The Chromium executable to launch.</summary>
    /// <param name="path">An executable to use instead of looking for one; it must exist.</param>
    /// <exception cref="ChromiumNotFoundException">No Chromium where it was looked for.</exception>
    public static string Locate(string? path = null)
    {
        if (!string.IsNullOrEmpty(path))
        {
            return File.Exists(path) ? path : throw new ChromiumNotFoundException($"Chromium was not found at {path}.");
        }

        var named = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(named))
        {
            return File.Exists(named)
                ? named
                : throw new ChromiumNotFoundException($"Chromium was not found at {named} ({EnvironmentVariable}).");
        }

        return s_usual.FirstOrDefault(File.Exists)
            ?? throw new ChromiumNotFoundException($"Chromium was not found at {string.Join(" or ", s_usual)}.");
    }
}

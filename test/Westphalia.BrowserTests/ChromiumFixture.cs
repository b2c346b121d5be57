using Westphalia.Screenshots;

namespace Westphalia.BrowserTests;

/// <summary>
/// One headless Chromium for a test class (IClassFixture), launched once: about a second, where a page takes a tenth.
/// Fails with what to install when there is no Chromium (test/run.sh installs Debian's).
/// </summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private OfflineBrowser? _browser;

    public OfflineBrowser Browser => _browser ?? throw new InvalidOperationException("the browser is not launched yet");

    public async Task InitializeAsync() => _browser = await OfflineBrowser.LaunchAsync();

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }
    }

    /// <summary>A page from Pages/, copied beside the tests.</summary>
    public static string Page(string name) => Path.Combine(AppContext.BaseDirectory, "Pages", name);

    /// <summary>A new empty folder under the system's temporary folder.</summary>
    public static string TempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "westphalia-browser-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }
}

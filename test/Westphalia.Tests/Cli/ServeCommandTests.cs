using System.Net;
using System.Net.Sockets;
using Westphalia.Cli;

namespace Westphalia.Tests.Cli;

public class ServeCommandTests
{
    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080")]
    [InlineData("http://127.0.0.1:5080;https://localhost:5443")]
    public void Loopback_addresses_are_served_without_public(string urls) =>
        Assert.NotEmpty(ServeCommand.ParseUrls(urls, allowPublic: false));

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://192.168.1.10:5080")]
    [InlineData("http://127.0.0.1:5080;http://[::]:5080")]
    public void Other_addresses_need_public(string urls)
    {
        Assert.Throws<UserError>(() => ServeCommand.ParseUrls(urls, allowPublic: false));
        Assert.NotEmpty(ServeCommand.ParseUrls(urls, allowPublic: true));
    }

    [Fact]
    public void A_public_address_without_public_is_refused_with_the_reason()
    {
        var (code, _, err) = CliHarness.Run("serve", "--urls", "http://0.0.0.0:5080");
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("--public", err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serve_starts_the_classroom_answers_healthz_and_stops_on_SIGTERM()
    {
        var folder = Directory.CreateTempSubdirectory("westphalia-serve-").FullName;
        try
        {
            var port = FreePort();
            var url = $"http://127.0.0.1:{port}";
            using var serve = CliProcess.Start(
                folder,
                new Dictionary<string, string> { [ServeCommand.PasswordVariable] = "Correct-Horse-42" },
                "serve", "--urls", url, "--instructor", "prof@example.org");
            serve.WaitForLine("Classroom at", TimeSpan.FromMinutes(2));
            using var client = new HttpClient();
            using var health = await client.GetAsync(new Uri($"{url}/healthz"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("Instructor account: prof@example.org", serve.Out, StringComparison.Ordinal);
            Assert.True(File.Exists(Path.Combine(folder, "westphalia-classroom.db")), "the default SQLite file is in the working folder");
            Assert.True(serve.Signal(15));
            serve.Wait(TimeSpan.FromMinutes(1));
            Assert.Equal(ExitCodes.Success, serve.ExitCode);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

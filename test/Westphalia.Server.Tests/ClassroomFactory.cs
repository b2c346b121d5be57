using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.Server.Data;

namespace Westphalia.Server.Tests;

/// <summary>
/// The classroom app in memory, on a SQLite file of its own in a temporary folder deleted afterwards. Its sign-in
/// limit is raised so that tests of other things can sign in as often as they need;
/// <see cref="DefaultLimitsClassroomFactory"/> keeps the real one.
/// </summary>
public partial class ClassroomFactory : WebApplicationFactory<Program>
{
    public const string Password = "Correct-Horse-42";

    private string? _connectionString;
    private string? _folder;

    public string ConnectionString => _connectionString ??= CreateDatabase();

    /// <summary>Makes the app's empty database and returns its connection string.</summary>
    protected virtual string CreateDatabase()
    {
        _folder = Directory.CreateTempSubdirectory("westphalia-server-tests-").FullName;
        return $"Data Source={Path.Combine(_folder, "classroom.db")}";
    }

    /// <summary>Removes the app's database.</summary>
    protected virtual void DropDatabase()
    {
        SqliteConnection.ClearAllPools();
        if (_folder is not null && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting(ClassroomServer.ConnectionStringKey, ConnectionString);
        builder.UseEnvironment("Testing");
        if (SignInAttemptsPerMinute is { } limit)
        {
            builder.UseSetting(ClassroomServer.SignInLimitKey, limit.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    /// <summary>The sign-in limit per minute; null: the server's default.</summary>
    protected virtual int? SignInAttemptsPerMinute => 10_000;

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see 302s.</summary>
    public HttpClient Client() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    public Task AddUserAsync(string email, string role) => ClassroomServer.CreateUserAsync(Services, email, Password, role);

    /// <summary>A fresh context on the app's database, for checking what the pages wrote.</summary>
    public async Task<T> WithDatabaseAsync<T>(Func<ClassroomDbContext, Task<T>> query)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<ClassroomDbContext>());
    }

    /// <summary>Posts a page's form as a browser would: GETs the page, then posts its antiforgery token and handler with the fields.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, string? handler, IEnumerable<KeyValuePair<string, string>> fields, string? action = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var page = await client.GetStringAsync(new Uri(path, UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        Assert.True(token.Success, $"{path} has no antiforgery token");
        var form = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", WebUtility.HtmlDecode(token.Groups[1].Value)) };
        if (handler is not null)
        {
            form.Add(new("_handler", handler));
        }

        form.AddRange(fields);
        using var content = new FormUrlEncodedContent(form);
        return await client.PostAsync(new Uri(action ?? path, UriKind.Relative), content);
    }

    public static Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password = Password) =>
        PostFormAsync(client, "/signin", "signin", [new("Input.Email", email), new("Input.Password", password)]);

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (_connectionString is not null)
        {
            DropDatabase();
            _connectionString = null;
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryToken();
}

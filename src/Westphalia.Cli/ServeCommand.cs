using System.CommandLine;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Hosting;
using Spectre.Console;
using Westphalia.Server;
using Westphalia.Server.Data;

namespace Westphalia.Cli;

/// <summary>
/// <c>westphalia serve [--urls URLS] [--database CONNECTION] [--public] [--instructor EMAIL]</c>: starts the classroom
/// web app (docs/CLASSROOM.md), on loopback unless told otherwise, migrating its database first.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the app listens by default: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable an instructor's password is read from (else it is asked for).</summary>
    public const string PasswordVariable = "WESTPHALIA_INSTRUCTOR_PASSWORD";

    public static Command Build(IAnsiConsole console, Interruption interruption)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"The addresses to listen on, separated by ';' (default: {DefaultUrls}). Only loopback addresses unless --public.",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var database = new Option<string?>("--database")
        {
            Description = $"The database: a SQLite connection string (default: '{ClassroomDatabase.DefaultConnectionString}', a file in this folder), or PostgreSQL as 'Host=...;Database=...' or postgres://user:password@host/database.",
        };
        var isPublic = new Option<bool>("--public") { Description = "Allow addresses other than loopback (other machines can reach the app: put it behind HTTPS)." };
        var instructor = new Option<string?>("--instructor")
        {
            Description = $"Create (or reset the password of) an instructor account with this email before serving; the password is read from {PasswordVariable}, else asked for.",
        };
        var command = new Command("serve", "Start the classroom web app: instructors run games, teams govern states, observers watch (docs/CLASSROOM.md).")
        {
            urls, database, isPublic, instructor,
        };
        command.SetAction(async parse =>
        {
            var addresses = ParseUrls(parse.GetValue(urls)!, parse.GetValue(isPublic));
            var connection = parse.GetValue(database);
            var app = ClassroomServer.Build([], new ClassroomOptions
            {
                Urls = addresses,
                ConnectionString = connection,
                ApplicationName = typeof(ClassroomServer).Assembly.GetName().Name,
            });
            await using (app.ConfigureAwait(false))
            {
                await ClassroomServer.InitialiseAsync(app.Services, interruption.Token).ConfigureAwait(false);
                if (parse.GetValue(instructor) is { } email)
                {
                    var password = ReadPassword(console, email);
                    await ClassroomServer.CreateUserAsync(app.Services, email, password, Roles.Instructor).ConfigureAwait(false);
                    console.MarkupLineInterpolated($"Instructor account: {email}");
                }

                await app.StartAsync(interruption.Token).ConfigureAwait(false);
                var provider = ClassroomDatabase.Resolve(connection).Provider;
                console.MarkupLineInterpolated($"Classroom at {string.Join(", ", addresses)} (database: {provider}); Ctrl-C stops it.");
                try
                {
                    await app.WaitForShutdownAsync(interruption.Token).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (interruption.Token.IsCancellationRequested)
                {
                    // A signal is how a server is stopped: not a failure.
                }

                await app.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }

            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Splits and checks the addresses: http or https, and loopback unless <paramref name="allowPublic"/>.</summary>
    internal static string[] ParseUrls(string text, bool allowPublic)
    {
        var urls = text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (urls.Length == 0)
        {
            throw new UserError("--urls: give at least one address, e.g. " + DefaultUrls);
        }

        foreach (var url in urls)
        {
            // Kestrel's wildcards (http://*:5080, http://+:5080) are not URIs: they mean every address.
            var host = url.Contains("://*", StringComparison.Ordinal) || url.Contains("://+", StringComparison.Ordinal) ? "*"
                : Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri.Host
                : throw new UserError($"--urls '{Cli.Quote(url)}': give http:// or https:// addresses with a port, e.g. {DefaultUrls}");
            if (!allowPublic && !IsLoopback(host))
            {
                throw new UserError($"--urls '{Cli.Quote(url)}' is reachable from other machines; give --public to allow it (and serve it behind HTTPS)");
            }
        }

        return urls;
    }

    internal static bool IsLoopback(string host) =>
        string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address));

    private static string ReadPassword(IAnsiConsole console, string email)
    {
        var password = Environment.GetEnvironmentVariable(PasswordVariable);
        if (string.IsNullOrEmpty(password))
        {
            if (Console.IsInputRedirected)
            {
                throw new UserError($"--instructor {Cli.Quote(email)}: set {PasswordVariable} to the password (no terminal to ask on)");
            }

            password = console.Prompt(new TextPrompt<string>($"Password for {Markup.Escape(email)}:").Secret());
        }

        return password;
    }
}

using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Westphalia.ClassroomLoad;
using Westphalia.Server;
using Westphalia.Server.Data;
using Westphalia.Server.Play;

// The classroom under load, on loopback: the server starts in this process on a fresh database, a game of the real
// world is created with TEAMS teams, PLAYERS accounts join them, and every player, arriving at a random moment within
// the first think time, plays ROUNDS rounds: read the team page, think, submit orders, read the live status and the map. Turns resolve as they would in class (when
// every team has submitted), competing with the requests for the same cores. Prints p50/p90/p99/max latency per kind
// of request and the errors; exit code 1 if any request failed. docs/CLASSROOM.md, "Load".
var options = LoadOptions.Parse(args);
if (options is null)
{
    return 2;
}

var folder = Directory.CreateTempSubdirectory("westphalia-load-").FullName;
var connection = options.Database ?? $"Data Source={Path.Combine(folder, "classroom.db")}";
var app = ClassroomServer.Build(
    [$"--{ClassroomServer.SignInLimitKey}={options.Players * 4}", "--Logging:LogLevel:Default=Warning"],
    new ClassroomOptions { ConnectionString = connection, Urls = ["http://127.0.0.1:0"] });
await app.StartAsync().ConfigureAwait(false);
var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
Console.WriteLine($"server {address}, database {ClassroomDatabase.Resolve(connection).Provider}, {Environment.ProcessorCount} cores");

var setup = Stopwatch.StartNew();
var host = app.Services.GetRequiredService<GameHost>();
var states = StateNames(options);
var gameId = await host.CreateAsync(new NewGame("Load", options.Scenario, 1, states, TurnMonths: 12)).ConfigureAwait(false);
List<(string Email, string Team)> players;
{
    await using var scope = app.Services.CreateAsyncScope();
    var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
    var teams = await db.Teams.Where(t => t.GameId == gameId).OrderBy(t => t.Id).ToListAsync().ConfigureAwait(false);
    players = [.. Enumerable.Range(0, options.Players).Select(i => ($"player{i}@load.example", teams[i % teams.Count].StateName))];
    var password = LoadOptions.Password;
    foreach (var chunk in players.Chunk(50))
    {
        var users = await Task.WhenAll(chunk.Select(p => ClassroomServer.CreateUserAsync(app.Services, p.Email, password, Roles.TeamMember))).ConfigureAwait(false);
        for (var i = 0; i < chunk.Length; i++)
        {
            db.Memberships.Add(new Membership { GameId = gameId, TeamId = teams.Single(t => t.StateName == chunk[i].Team).Id, UserId = users[i].Id });
        }
    }

    await db.SaveChangesAsync().ConfigureAwait(false);
}

Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"game {gameId}: {options.Scenario}, {states.Count} teams, {options.Players} players; set up in {setup.Elapsed.TotalSeconds:F1} s"));
var recorder = new Recorder();
var clients = players.Select(_ => Player.Client(address)).ToList();
var signIn = Stopwatch.StartNew();
await Task.WhenAll(players.Select((p, i) => Player.SignInAsync(clients[i], p.Email, recorder))).ConfigureAwait(false);
Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{options.Players} players signed in in {signIn.Elapsed.TotalSeconds:F1} s"));
var play = Stopwatch.StartNew();
await Task.WhenAll(players.Select((p, i) => Player.PlayAsync(clients[i], gameId, i, options, recorder))).ConfigureAwait(false);
var seconds = play.Elapsed.TotalSeconds;
var turns = await host.ReadAsync(gameId, g => g.Resolved.Count).ConfigureAwait(false);
recorder.Print(Console.Out, seconds, turns);
if (options.Json is { } json)
{
    await File.WriteAllTextAsync(json, recorder.Json(options, seconds, turns)).ConfigureAwait(false);
}

foreach (var client in clients)
{
    client.Dispose();
}

await app.StopAsync().ConfigureAwait(false);
await app.DisposeAsync().ConfigureAwait(false);
Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
Directory.Delete(folder, recursive: true);
return recorder.Errors > 0 ? 1 : 0;

static List<string> StateNames(LoadOptions options)
{
    // The teams govern the scenario's first TEAMS states (in the order of its state table).
    var probe = Westphalia.Classroom.Game.Create(options.Scenario, 1, [], 12);
    var table = probe.Simulation.World.States;
    var names = Enumerable.Range(0, table.Count).Where(s => table.Alive[s] && table.FoundedTick[s] == 0).Select(s => table.Name[s]).Take(options.Teams).ToList();
    if (names.Count < options.Teams)
    {
        throw new ArgumentException($"--teams {options.Teams}: the scenario {options.Scenario} has only {names.Count} states");
    }

    return names;
}

namespace Westphalia.ClassroomLoad
{
    /// <summary>The options of the load benchmark.</summary>
    internal sealed record LoadOptions(int Players, int Teams, int Rounds, int ThinkMilliseconds, string Scenario, string? Database, string? Json)
    {
        public const string Password = "Load-Test-Password-1";

        private const string Usage = "usage: classroom-load [--players N=500] [--teams N=100] [--rounds N=5] [--think-ms N=1000] [--scenario NAME=world] [--database CONNECTION] [--json FILE]";

        /// <summary>The options from the command line, or null after printing what is wrong.</summary>
        public static LoadOptions? Parse(string[] args)
        {
            var o = new LoadOptions(500, 100, 5, 1000, "world", null, null);
            for (var i = 0; i < args.Length; i++)
            {
                var name = args[i];
                if (name is "-h" or "--help")
                {
                    Console.WriteLine(Usage);
                    return null;
                }

                if (i + 1 >= args.Length)
                {
                    return Fail($"{name} needs a value");
                }

                var value = args[++i];
                int Count(int min) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min
                    ? n : throw new FormatException($"{name} '{value}' must be a whole number of at least {min}");
                try
                {
                    o = name switch
                    {
                        "--players" => o with { Players = Count(1) },
                        "--teams" => o with { Teams = Count(1) },
                        "--rounds" => o with { Rounds = Count(1) },
                        "--think-ms" => o with { ThinkMilliseconds = Count(0) },
                        "--scenario" => o with { Scenario = value },
                        "--database" => o with { Database = value },
                        "--json" => o with { Json = value },
                        _ => throw new FormatException($"unknown option {name}"),
                    };
                }
                catch (FormatException e)
                {
                    return Fail(e.Message);
                }
            }

            return o.Teams > o.Players ? Fail($"--teams {o.Teams} is more than --players {o.Players}") : o;
        }

        private static LoadOptions? Fail(string message)
        {
            Console.Error.WriteLine($"classroom-load: {message}\n{Usage}");
            return null;
        }
    }

    /// <summary>One simulated student: a browser's cookies, a form's token, orders.</summary>
    internal static partial class Player
    {
        public static HttpClient Client(string address) =>
            new(new SocketsHttpHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
            {
                BaseAddress = new Uri(address),
                Timeout = TimeSpan.FromMinutes(2),
            };

        public static async Task SignInAsync(HttpClient client, string email, Recorder recorder)
        {
            var page = await recorder.TimeAsync("sign-in page", () => client.GetAsync(new Uri("/signin", UriKind.Relative))).ConfigureAwait(false);
            var form = new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = Token(page),
                ["_handler"] = "signin",
                ["Input.Email"] = email,
                ["Input.Password"] = LoadOptions.Password,
            };
            await recorder.TimeAsync("sign in", () => client.PostAsync(new Uri("/signin", UriKind.Relative), new FormUrlEncodedContent(form)), expect: HttpStatusCode.Redirect).ConfigureAwait(false);
        }

        public static async Task PlayAsync(HttpClient client, int gameId, int player, LoadOptions options, Recorder recorder)
        {
            var random = new Random(player);
            var team = $"/games/{gameId}/team";
            // Players arrive over the first think time, as a class does, not all in the same millisecond.
            await Task.Delay(random.Next(options.ThinkMilliseconds + 1)).ConfigureAwait(false);
            for (var round = 0; round < options.Rounds; round++)
            {
                var page = await recorder.TimeAsync("team page", () => client.GetAsync(new Uri(team, UriKind.Relative))).ConfigureAwait(false);
                await Task.Delay(random.Next(options.ThinkMilliseconds + 1)).ConfigureAwait(false);
                var military = (0.1 + (0.3 * random.NextDouble())).ToString("F3", CultureInfo.InvariantCulture);
                var form = new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = Token(page),
                    ["_handler"] = "orders",
                    ["Orders.Turn"] = TurnOf(page),
                    ["Orders.Military"] = military,
                    ["Orders.Welfare"] = "0.3",
                    ["Orders.Police"] = "0.1",
                    ["Orders.Aid"] = "0.05",
                };
                await recorder.TimeAsync("submit orders", () => client.PostAsync(new Uri(team, UriKind.Relative), new FormUrlEncodedContent(form))).ConfigureAwait(false);
                await recorder.TimeAsync("live status", () => client.GetAsync(new Uri($"/games/{gameId}/live", UriKind.Relative))).ConfigureAwait(false);
                await recorder.TimeAsync("map", () => client.GetAsync(new Uri($"/games/{gameId}/map.png", UriKind.Relative))).ConfigureAwait(false);
                await Task.Delay(random.Next(options.ThinkMilliseconds + 1)).ConfigureAwait(false);
            }
        }

        private static string Token(string page) => AntiforgeryToken().Match(page) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : "";

        private static string TurnOf(string page) => TurnField().Match(page) is { Success: true } m ? m.Groups[1].Value : "1";

        [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
        private static partial Regex AntiforgeryToken();

        [GeneratedRegex("name=\"Orders.Turn\" value=\"(\\d+)\"")]
        private static partial Regex TurnField();
    }

    /// <summary>Every request's latency by kind, and the failures.</summary>
    internal sealed class Recorder
    {
        private readonly Dictionary<string, List<double>> _latencies = [];
        private readonly Dictionary<string, int> _failures = [];
        private readonly List<string> _examples = [];

        public int Errors { get { lock (_latencies) { return _failures.Values.Sum(); } } }

        /// <summary>Sends a request, records its latency and whether it failed (a status other than <paramref name="expect"/>, or an exception); returns the body.</summary>
        public async Task<string> TimeAsync(string kind, Func<Task<HttpResponseMessage>> send, HttpStatusCode expect = HttpStatusCode.OK)
        {
            var watch = Stopwatch.StartNew();
            string? failure = null;
            var body = "";
            try
            {
                using var response = await send().ConfigureAwait(false);
                body = response.Content.Headers.ContentType?.MediaType?.StartsWith("image/", StringComparison.Ordinal) == true
                    ? "" : await response.Content.ReadAsStringAsync().ConfigureAwait(false);
                if (response.StatusCode != expect)
                {
                    failure = $"{kind}: {(int)response.StatusCode} {response.StatusCode}";
                }
            }
            catch (HttpRequestException e)
            {
                failure = $"{kind}: {e.Message}";
            }
            catch (TaskCanceledException e)
            {
                failure = $"{kind}: {e.Message}";
            }

            var ms = watch.Elapsed.TotalMilliseconds;
            lock (_latencies)
            {
                (_latencies.TryGetValue(kind, out var list) ? list : _latencies[kind] = []).Add(ms);
                if (failure is not null)
                {
                    _failures[kind] = _failures.GetValueOrDefault(kind) + 1;
                    if (_examples.Count < 5)
                    {
                        _examples.Add(failure);
                    }
                }
            }

            return body;
        }

        private static double Quantile(List<double> sorted, double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];

        private IEnumerable<(string Kind, int Count, int Errors, double P50, double P90, double P99, double Max)> Rows()
        {
            foreach (var (kind, list) in _latencies.OrderBy(k => k.Key, StringComparer.Ordinal))
            {
                var sorted = list.Order().ToList();
                yield return (kind, sorted.Count, _failures.GetValueOrDefault(kind), Quantile(sorted, 0.5), Quantile(sorted, 0.9), Quantile(sorted, 0.99), sorted[^1]);
            }
        }

        public void Print(TextWriter writer, double seconds, int turns)
        {
            var inv = CultureInfo.InvariantCulture;
            writer.WriteLine(string.Create(inv, $"{"request",-15} {"count",7} {"errors",7} {"p50 ms",8} {"p90 ms",8} {"p99 ms",8} {"max ms",8}"));
            foreach (var r in Rows())
            {
                writer.WriteLine(string.Create(inv, $"{r.Kind,-15} {r.Count,7} {r.Errors,7} {r.P50,8:F1} {r.P90,8:F1} {r.P99,8:F1} {r.Max,8:F1}"));
            }

            var play = Rows().Where(r => r.Kind is not ("sign in" or "sign-in page")).ToList();
            var all = _latencies.Where(k => k.Key is not ("sign in" or "sign-in page")).SelectMany(k => k.Value).Order().ToList();
            writer.WriteLine(string.Create(inv, $"playing: {all.Count} requests in {seconds:F1} s ({all.Count / seconds:F0}/s), p50 {Quantile(all, 0.5):F1} ms, p99 {Quantile(all, 0.99):F1} ms, {play.Sum(r => r.Errors)} errors; {turns} turns resolved meanwhile"));
            foreach (var e in _examples)
            {
                writer.WriteLine($"  failure: {e}");
            }
        }

        public string Json(LoadOptions options, double seconds, int turns) => JsonSerializer.Serialize(new
        {
            options.Players,
            options.Teams,
            options.Rounds,
            options.ThinkMilliseconds,
            options.Scenario,
            seconds,
            turns,
            cores = Environment.ProcessorCount,
            requests = Rows().Select(r => new { kind = r.Kind, count = r.Count, errors = r.Errors, p50 = r.P50, p90 = r.P90, p99 = r.P99, max = r.Max }),
        }, new JsonSerializerOptions { WriteIndented = true });
    }
}

using System.Globalization;
using System.Reflection;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Westphalia.Server.Components;
using Westphalia.Server.Data;
using Westphalia.Server.Play;

namespace Westphalia.Server;

/// <summary>
/// The classroom web app: builds and configures it (used by the server's own entry point and by
/// <c>westphalia serve</c>), applies migrations and seeds the roles at start-up.
/// </summary>
public static class ClassroomServer
{
    /// <summary>The configuration key of the database connection string.</summary>
    public const string ConnectionStringKey = "ConnectionStrings:Classroom";

    /// <summary>The configuration key of the sign-in limit (default <see cref="SignInAttemptsPerMinute"/>).</summary>
    public const string SignInLimitKey = "Classroom:SignInAttemptsPerMinute";

    /// <summary>Sign-in attempts (form posts to /signin) allowed per client address per minute by default; beyond: 429.</summary>
    public const int SignInAttemptsPerMinute = 5;

    /// <summary>How long a session lasts without a request (sliding: each request renews it).</summary>
    public static readonly TimeSpan SessionLifetime = TimeSpan.FromHours(8);

    public static string Version { get; } =
        typeof(ClassroomServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";

    /// <summary>Builds the app with its services and its request pipeline.</summary>
    public static WebApplication Build(string[] args, ClassroomOptions? options = null)
    {
        options ??= new ClassroomOptions();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            ApplicationName = options.ApplicationName ?? typeof(ClassroomServer).Assembly.GetName().Name,
        });
        if (options.ConnectionString is { } connection)
        {
            builder.Configuration[ConnectionStringKey] = connection;
        }

        if (options.Urls.Count > 0)
        {
            builder.WebHost.UseUrls([.. options.Urls]);
        }

        // Requests and SQL are logged only when something goes wrong, so the console stays readable.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning);
        AddServices(builder.Services);
        var app = builder.Build();
        Configure(app);
        return app;
    }

    private static void AddServices(IServiceCollection services)
    {
        services.AddClassroomDatabase(sp => sp.GetRequiredService<IConfiguration>()[ConnectionStringKey]);
        services.AddRazorComponents();
        services.AddCascadingAuthenticationState();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.AddIdentityCore<IdentityUser>(identity =>
            {
                identity.User.RequireUniqueEmail = true;
                identity.Password.RequiredLength = 10;
                identity.Lockout.MaxFailedAccessAttempts = 10;
                identity.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<ClassroomDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.Cookie.Name = "westphalia.session";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Strict;
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = SessionLifetime;
            cookie.SlidingExpiration = true;
            cookie.LoginPath = "/signin";
            cookie.AccessDeniedPath = "/denied";
            // A signed-in user without the role gets 403, not a redirect to a page that would answer 200.
            cookie.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddAntiforgery(antiforgery =>
        {
            antiforgery.Cookie.Name = "westphalia.antiforgery";
            antiforgery.Cookie.SameSite = SameSiteMode.Strict;
            antiforgery.SuppressXFrameOptionsHeader = true; // set to DENY with the other security headers
        });
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                HttpMethods.IsPost(context.Request.Method) && (context.Request.Path.StartsWithSegments("/signin", StringComparison.OrdinalIgnoreCase)
                    || context.Request.Path.StartsWithSegments("/join", StringComparison.OrdinalIgnoreCase))
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                        _ => new FixedWindowRateLimiterOptions { PermitLimit = SignInLimit(context), Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                    : RateLimitPartition.GetNoLimiter("other"));
        });
        services.AddHostedService<DatabaseInitialiser>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<GameHost>();
        services.AddSingleton<GamePictures>();
        services.AddScoped<GameAccess>();
        services.AddSingleton<ReplayCache>();
        services.AddScoped<Joining>();
        services.AddSingleton<TurnScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<TurnScheduler>());
    }

    private static int SignInLimit(HttpContext context) =>
        context.RequestServices.GetRequiredService<IConfiguration>().GetValue(SignInLimitKey, SignInAttemptsPerMinute);

    private static void Configure(WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        }

        app.UseSecurityHeaders();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();

        app.MapGet("/healthz", Healthz).AllowAnonymous();
        app.MapGameEndpoints();
        app.MapDebriefEndpoints();
        app.MapGameImages();
        // Signing out changes state: a POST with the antiforgery token (checked for [FromForm] endpoints).
        app.MapPost("/signout", async ([FromForm] string? returnUrl, SignInManager<IdentityUser> signIn) =>
        {
            await signIn.SignOutAsync().ConfigureAwait(false);
            return Results.LocalRedirect("/");
        });
        // Every page renders on the server and answers with plain HTML forms: no circuit per user, no framework script,
        // and every action is one HTTP request that the tests (and a load test) can make.
        app.MapRazorComponents<App>();
    }

    private static async Task<IResult> Healthz(ClassroomDbContext db, CancellationToken cancellation)
    {
        bool reachable;
        try
        {
            reachable = await db.Database.CanConnectAsync(cancellation).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Any failure to reach the database is what the health check reports.
        catch (Exception)
#pragma warning restore CA1031
        {
            reachable = false;
        }

        return Results.Json(
            new { status = reachable ? "ok" : "unhealthy", database = reachable ? "reachable" : "unreachable", version = Version },
            statusCode: reachable ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    /// <summary>Applies the provider's migrations (creating the database if needed) and creates the three roles.</summary>
    public static async Task InitialiseAsync(IServiceProvider services, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ClassroomDbContext>();
        await db.Database.MigrateAsync(cancellation).ConfigureAwait(false);
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role).ConfigureAwait(false))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)).ConfigureAwait(false), $"role {role}");
            }
        }
    }

    /// <summary>Creates a user with a role, or sets the password and adds the role when the email is taken.</summary>
    public static async Task<IdentityUser> CreateUserAsync(IServiceProvider services, string email, string password, string role)
    {
        ArgumentNullException.ThrowIfNull(services);
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email).ConfigureAwait(false);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            Check(await users.CreateAsync(user, password).ConfigureAwait(false), $"account {email}");
        }
        else
        {
            Check(await users.RemovePasswordAsync(user).ConfigureAwait(false), $"account {email}");
            Check(await users.AddPasswordAsync(user, password).ConfigureAwait(false), $"account {email}");
        }

        if (!await users.IsInRoleAsync(user, role).ConfigureAwait(false))
        {
            Check(await users.AddToRoleAsync(user, role).ConfigureAwait(false), $"account {email}");
        }

        return user;
    }

    private static void Check(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{what}: {string.Join("; ", result.Errors.Select(e => e.Description))}"));
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Westphalia.Server.Data;

/// <summary>The database providers the classroom runs on.</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>Chooses the database provider from a connection string and registers the matching context.</summary>
public static class ClassroomDatabase
{
    /// <summary>One SQLite file in the working folder.</summary>
    public const string DefaultConnectionString = "Data Source=westphalia-classroom.db";

    /// <summary>
    /// PostgreSQL for a keyword connection string starting <c>Host=</c> or a <c>postgres://</c> (or
    /// <c>postgresql://</c>) URI; SQLite otherwise. Returns the provider and the connection string its driver takes.
    /// </summary>
    public static (DatabaseProvider Provider, string ConnectionString) Resolve(string? connectionString)
    {
        var text = string.IsNullOrWhiteSpace(connectionString) ? DefaultConnectionString : connectionString.Trim();
        if (text.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return (DatabaseProvider.Postgres, FromUri(new Uri(text)));
        }

        if (text.StartsWith("Host=", StringComparison.OrdinalIgnoreCase))
        {
            return (DatabaseProvider.Postgres, text);
        }

        return (DatabaseProvider.Sqlite, text);
    }

    /// <summary>Registers <see cref="ClassroomDbContext"/> on the provider the connection string names, read when first needed.</summary>
    public static IServiceCollection AddClassroomDatabase(this IServiceCollection services, Func<IServiceProvider, string?> connectionString)
    {
        services.AddDbContext<SqliteClassroomDbContext>((sp, options) => options.UseSqlite(Resolve(connectionString(sp)).ConnectionString));
        services.AddDbContext<PostgresClassroomDbContext>((sp, options) => options.UseNpgsql(Resolve(connectionString(sp)).ConnectionString));
        services.AddScoped<ClassroomDbContext>(sp => Resolve(connectionString(sp)).Provider == DatabaseProvider.Postgres
            ? sp.GetRequiredService<PostgresClassroomDbContext>()
            : sp.GetRequiredService<SqliteClassroomDbContext>());
        return services;
    }

    private static string FromUri(Uri uri)
    {
        var parts = new List<string> { $"Host={uri.Host}" };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            parts.Add($"Port={uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture)}");
        }

        var database = uri.AbsolutePath.Trim('/');
        if (database.Length > 0)
        {
            parts.Add($"Database={Uri.UnescapeDataString(database)}");
        }

        if (uri.UserInfo.Length > 0)
        {
            var user = uri.UserInfo.Split(':', 2);
            parts.Add($"Username={Uri.UnescapeDataString(user[0])}");
            if (user.Length > 1)
            {
                parts.Add($"Password={Uri.UnescapeDataString(user[1])}");
            }
        }

        return string.Join(';', parts);
    }
}

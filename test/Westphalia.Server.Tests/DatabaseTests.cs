using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Westphalia.Server.Data;

namespace Westphalia.Server.Tests;

public sealed class DatabaseTests
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_SQLite_database()
    {
        var folder = Directory.CreateTempSubdirectory("westphalia-migrations-").FullName;
        try
        {
            var options = new DbContextOptionsBuilder<SqliteClassroomDbContext>().UseSqlite($"Data Source={Path.Combine(folder, "empty.db")}").Options;
            await using (var db = new SqliteClassroomDbContext(options))
            {
                Assert.NotEmpty(db.Database.GetMigrations());
                await db.Database.MigrateAsync();
                Assert.Equal(db.Database.GetMigrations(), await db.Database.GetAppliedMigrationsAsync());
                Assert.Equal(0, await db.Games.CountAsync());
                Assert.Equal(0, await db.Teams.CountAsync());
                Assert.Equal(0, await db.GameEvents.CountAsync());
                Assert.Equal(0, await db.Users.CountAsync());
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void The_SQLite_migrations_match_the_model()
    {
        using var db = new SqliteClassroomDbContext(new DbContextOptionsBuilder<SqliteClassroomDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add NAME --context SqliteClassroomDbContext --output-dir Migrations/Sqlite");
    }

    [Fact]
    public void The_PostgreSQL_migrations_match_the_model()
    {
        using var db = new PostgresClassroomDbContext(new DbContextOptionsBuilder<PostgresClassroomDbContext>().UseNpgsql("Host=localhost;Database=westphalia").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "run dotnet ef migrations add NAME --context PostgresClassroomDbContext --output-dir Migrations/Postgres");
        Assert.NotEmpty(db.Database.GetMigrations());
    }

    [Theory]
    [InlineData(null, DatabaseProvider.Sqlite, ClassroomDatabase.DefaultConnectionString)]
    [InlineData("Data Source=/srv/classroom.db", DatabaseProvider.Sqlite, "Data Source=/srv/classroom.db")]
    [InlineData("Host=db;Database=westphalia;Username=w", DatabaseProvider.Postgres, "Host=db;Database=westphalia;Username=w")]
    [InlineData("postgres://w:s%40cret@db:5433/westphalia", DatabaseProvider.Postgres, "Host=db;Port=5433;Database=westphalia;Username=w;Password=s@cret")]
    [InlineData("postgresql://db/westphalia", DatabaseProvider.Postgres, "Host=db;Database=westphalia")]
    public void The_connection_string_chooses_the_provider(string? given, DatabaseProvider provider, string connection)
    {
        var resolved = ClassroomDatabase.Resolve(given);
        Assert.Equal(provider, resolved.Provider);
        Assert.Equal(connection, resolved.ConnectionString);
    }
}

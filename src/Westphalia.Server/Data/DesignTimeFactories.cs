using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Westphalia.Server.Data;

/// <summary>Lets <c>dotnet ef migrations add NAME --context SqliteClassroomDbContext</c> build the context without a server.</summary>
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteClassroomDbContext>
{
    public SqliteClassroomDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteClassroomDbContext>().UseSqlite(ClassroomDatabase.DefaultConnectionString).Options);
}

/// <summary>Lets <c>dotnet ef migrations add NAME --context PostgresClassroomDbContext</c> build the context without a server.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresClassroomDbContext>
{
    public PostgresClassroomDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresClassroomDbContext>().UseNpgsql("Host=localhost;Database=westphalia").Options);
}

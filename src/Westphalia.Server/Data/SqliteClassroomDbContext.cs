using Microsoft.EntityFrameworkCore;

namespace Westphalia.Server.Data;

/// <summary>The classroom database in one SQLite file (the default: nothing to install). Migrations: Migrations/Sqlite.</summary>
public sealed class SqliteClassroomDbContext : ClassroomDbContext
{
    public SqliteClassroomDbContext(DbContextOptions<SqliteClassroomDbContext> options)
        : base(options)
    {
    }
}

using Microsoft.EntityFrameworkCore;

namespace Westphalia.Server.Data;

/// <summary>The classroom database on a PostgreSQL server. Migrations: Migrations/Postgres.</summary>
public sealed class PostgresClassroomDbContext : ClassroomDbContext
{
    public PostgresClassroomDbContext(DbContextOptions<PostgresClassroomDbContext> options)
        : base(options)
    {
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        // Event payloads are JSON objects: jsonb lets later queries look inside them.
        builder.Entity<GameEvent>().Property(e => e.Payload).HasColumnType("jsonb");
    }
}

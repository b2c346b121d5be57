using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Westphalia.Server.Data;

/// <summary>
/// The classroom's database: Identity's users and roles, games, their teams and their event logs. Each database
/// provider has its own subclass and migration set (<see cref="SqliteClassroomDbContext"/>,
/// <see cref="PostgresClassroomDbContext"/>), since the providers' column types differ.
/// </summary>
public abstract class ClassroomDbContext : IdentityDbContext<IdentityUser>
{
    protected ClassroomDbContext(DbContextOptions options)
        : base(options)
    {
    }

    public DbSet<Game> Games => Set<Game>();

    public DbSet<Team> Teams => Set<Team>();

    public DbSet<GameEvent> GameEvents => Set<GameEvent>();

    public DbSet<Membership> Memberships => Set<Membership>();

    public DbSet<Message> Messages => Set<Message>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.Entity<Game>(game =>
        {
            game.ToTable("games");
            game.Property(g => g.Name).HasMaxLength(200);
            game.Property(g => g.ScenarioName).HasMaxLength(200);
            game.Property(g => g.ObserverCode).HasMaxLength(32);
            game.HasIndex(g => g.ObserverCode);
            game.HasMany(g => g.Teams).WithOne(t => t.Game).HasForeignKey(t => t.GameId).OnDelete(DeleteBehavior.Cascade);
        });
        builder.Entity<Membership>(m =>
        {
            m.ToTable("memberships");
            m.Property(x => x.UserId).HasMaxLength(450);
            m.HasOne(x => x.Game).WithMany().HasForeignKey(x => x.GameId).OnDelete(DeleteBehavior.Cascade);
            m.HasOne(x => x.Team).WithMany().HasForeignKey(x => x.TeamId).OnDelete(DeleteBehavior.Cascade);
            m.HasOne<IdentityUser>().WithMany().HasForeignKey(x => x.UserId).OnDelete(DeleteBehavior.Cascade);
            m.HasIndex(x => new { x.GameId, x.UserId }).IsUnique();
        });
        builder.Entity<Message>(m =>
        {
            m.ToTable("messages");
            m.Property(x => x.Kind).HasConversion<string>().HasMaxLength(20);
            m.Property(x => x.Body).HasMaxLength(4000);
            m.HasOne(x => x.Game).WithMany().HasForeignKey(x => x.GameId).OnDelete(DeleteBehavior.Cascade);
            m.HasOne(x => x.FromTeam).WithMany().HasForeignKey(x => x.FromTeamId).OnDelete(DeleteBehavior.NoAction);
            m.HasOne(x => x.ToTeam).WithMany().HasForeignKey(x => x.ToTeamId).OnDelete(DeleteBehavior.NoAction);
            m.HasIndex(x => new { x.GameId, x.Id });
        });
        builder.Entity<Team>(team =>
        {
            team.ToTable("teams");
            team.Property(t => t.StateName).HasMaxLength(200);
            team.Property(t => t.JoinCode).HasMaxLength(32);
            team.HasIndex(t => t.JoinCode).IsUnique();
            team.HasIndex(t => new { t.GameId, t.StateName }).IsUnique();
        });
        builder.Entity<GameEvent>(e =>
        {
            e.ToTable("game_events");
            e.HasOne(x => x.Game).WithMany().HasForeignKey(x => x.GameId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.GameId, x.Sequence }).IsUnique();
        });
    }
}

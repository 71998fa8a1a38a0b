using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace MassageRoutines.Web.Data;

/// <summary>The one store: the library, session logs and the accounts (ASP.NET Core Identity).</summary>
public sealed class MassageDbContext(DbContextOptions<MassageDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    public DbSet<Library> Libraries => Set<Library>();
    public DbSet<MoveRecord> Moves => Set<MoveRecord>();
    public DbSet<RoutineRecord> Routines => Set<RoutineRecord>();
    public DbSet<RoutineVersionRecord> RoutineVersions => Set<RoutineVersionRecord>();
    public DbSet<SessionLog> SessionLogs => Set<SessionLog>();
    public DbSet<LibraryEditor> LibraryEditors => Set<LibraryEditor>();
    public DbSet<Kiosk> Kiosks => Set<Kiosk>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MassageDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so the database reads the same as the API.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
        // Every stored time is UTC; SQLite keeps no kind, so say so when reading it back.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcConverter>();
    }

    private sealed class UtcConverter() : ValueConverter<DateTime, DateTime>(
        time => time.ToUniversalTime(),
        time => DateTime.SpecifyKind(time, DateTimeKind.Utc));
}

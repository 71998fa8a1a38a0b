using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Data;

public sealed class MassageDbContext(DbContextOptions<MassageDbContext> options) : DbContext(options)
{
    public DbSet<Library> Libraries => Set<Library>();
    public DbSet<MoveRecord> Moves => Set<MoveRecord>();
    public DbSet<RoutineRecord> Routines => Set<RoutineRecord>();
    public DbSet<SessionLog> SessionLogs => Set<SessionLog>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MassageDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so the database reads the same as the API.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }
}

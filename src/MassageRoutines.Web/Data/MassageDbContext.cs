using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace MassageRoutines.Web.Data;

/// <summary>
/// The one store: the library, session logs, groups and their plans, the accounts (ASP.NET Core Identity) and the keys that
/// protect cookies. Each database has a subclass with its own migrations (Data/Providers); the rest
/// of the app injects this class and never asks which database it is.
/// </summary>
public abstract class MassageDbContext(DbContextOptions options) : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public DbSet<Library> Libraries => Set<Library>();
    public DbSet<MoveRecord> Moves => Set<MoveRecord>();
    public DbSet<RoutineRecord> Routines => Set<RoutineRecord>();
    public DbSet<RoutineVersionRecord> RoutineVersions => Set<RoutineVersionRecord>();
    public DbSet<BuiltRoutineRecord> BuiltRoutines => Set<BuiltRoutineRecord>();
    public DbSet<SavedRoutine> SavedRoutines => Set<SavedRoutine>();
    public DbSet<SessionLog> SessionLogs => Set<SessionLog>();
    public DbSet<LibraryEditor> LibraryEditors => Set<LibraryEditor>();
    public DbSet<KioskRecord> Kiosks => Set<KioskRecord>();
    public DbSet<ReminderSettingsRecord> ReminderSettings => Set<ReminderSettingsRecord>();
    public DbSet<PushSubscriptionRecord> PushSubscriptions => Set<PushSubscriptionRecord>();
    public DbSet<VapidKeyRecord> VapidKeys => Set<VapidKeyRecord>();
    public DbSet<Group> Groups => Set<Group>();
    public DbSet<GroupCoach> GroupCoaches => Set<GroupCoach>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<PlanItem> PlanItems => Set<PlanItem>();
    public DbSet<CalendarFeed> CalendarFeeds => Set<CalendarFeed>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<DayTotal> DayTotals => Set<DayTotal>();
    public DbSet<WeekRegionTotal> WeekRegionTotals => Set<WeekRegionTotal>();
    public DbSet<DayRun> DayRuns => Set<DayRun>();
    public DbSet<StoreSetting> StoreSettings => Set<StoreSetting>();

    /// <summary>
    /// Inside a write's transaction, waits for any other transaction changing these runners' runs of days
    /// (<see cref="Sessions.DayRuns"/>) to end, so that neighbouring days written at once by two instances
    /// still join one run. SQLite writes one transaction at a time, so there it waits for nothing.
    /// </summary>
    public virtual Task LockRunsOfDaysAsync(IReadOnlyCollection<OwnerKey> owners, CancellationToken ct) => Task.CompletedTask;

    /// <summary>A query whose one value is true when EF Core's migrations history table exists (SQLite's catalogue here).</summary>
    public virtual string HistoryTableExistsSql =>
        $"""SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '{HistoryRepository.DefaultTableName}')""";

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MassageDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name, so the database reads the same as the API.
        configurationBuilder.Properties<Enum>().HaveConversion<string>();
    }
}

using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class SessionLogConfiguration : IEntityTypeConfiguration<SessionLog>
{
    public void Configure(EntityTypeBuilder<SessionLog> log)
    {
        log.Property(l => l.Id).ValueGeneratedNever();
        log.Property(l => l.RoutineSlug).HasMaxLength(Slugs.MaxLength);
        log.Property(l => l.RoutineName).HasMaxLength(MoveRules.MaxNameLength);
        log.Property(l => l.AccountId).HasMaxLength(SessionTables.OwnerIdLength);
        log.Property(l => l.DeviceId).HasMaxLength(SessionTables.OwnerIdLength);
        log.Property(l => l.Notes).HasMaxLength(SessionTables.MaxNotesLength);
        log.Property(l => l.Fingerprint).HasMaxLength(SessionTables.FingerprintLength);
        // A runner's sessions newest first, a page at a time (start time, then id); and their last day's, for rest advice.
        // A log has one owner column set: each index holds only the logs it can find (an owner's `= value`
        // implies `IS NOT NULL`, so both databases use them), and an insert updates two of them, not five.
        log.HasIndex(l => new { l.AccountId, l.StartedAt, l.Id }).HasFilter(NotNull(nameof(SessionLog.AccountId)));
        log.HasIndex(l => new { l.AccountId, l.EndedAt }).HasFilter(NotNull(nameof(SessionLog.AccountId)));
        log.HasIndex(l => new { l.DeviceId, l.StartedAt, l.Id }).HasFilter(NotNull(nameof(SessionLog.DeviceId)));
        log.HasIndex(l => new { l.DeviceId, l.EndedAt }).HasFilter(NotNull(nameof(SessionLog.DeviceId)));
        log.HasIndex(l => new { l.KioskId, l.StartedAt }).HasFilter(NotNull(nameof(SessionLog.KioskId)));
        log.PrimitiveCollection(l => l.SoreRegions).ElementType().HasConversion<string>();
        log.ComplexCollection(l => l.Segments, segments => segments.ToJson());
        log.ComplexCollection(l => l.PainEvents, events => events.ToJson());
        log.ComplexCollection(l => l.RegionSeconds, regions => regions.ToJson());
    }

    private static string NotNull(string column) => $"\"{column}\" IS NOT NULL";
}

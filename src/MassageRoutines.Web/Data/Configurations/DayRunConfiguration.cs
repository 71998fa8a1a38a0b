using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class DayRunConfiguration : IEntityTypeConfiguration<DayRun>
{
    public void Configure(EntityTypeBuilder<DayRun> run)
    {
        run.ToTable(SessionTables.DayRuns);
        // Runs never overlap, so the newest first by their first day is also the newest by their last.
        run.HasKey(r => new { r.OwnerKind, r.OwnerId, r.FirstDay });
        // A new day finds the run that ends the day before by its last day.
        run.HasIndex(r => new { r.OwnerKind, r.OwnerId, r.LastDay }).IsUnique();
        run.Property(r => r.OwnerId).HasMaxLength(SessionTables.OwnerIdLength);
        run.Property(r => r.OwnerKind).HasMaxLength(SessionTables.OwnerKindLength);
    }
}

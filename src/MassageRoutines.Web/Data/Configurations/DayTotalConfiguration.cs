using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class DayTotalConfiguration : IEntityTypeConfiguration<DayTotal>
{
    public void Configure(EntityTypeBuilder<DayTotal> total)
    {
        total.ToTable(SessionTables.DayTotals);
        total.HasKey(t => new { t.OwnerKind, t.OwnerId, t.Day });
        total.Property(t => t.OwnerId).HasMaxLength(SessionTables.OwnerIdLength);
        total.Property(t => t.OwnerKind).HasMaxLength(SessionTables.OwnerKindLength);
    }
}

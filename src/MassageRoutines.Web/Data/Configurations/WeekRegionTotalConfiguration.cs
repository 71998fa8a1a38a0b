using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class WeekRegionTotalConfiguration : IEntityTypeConfiguration<WeekRegionTotal>
{
    public void Configure(EntityTypeBuilder<WeekRegionTotal> total)
    {
        total.ToTable(SessionTables.WeekRegionTotals);
        total.HasKey(t => new { t.OwnerKind, t.OwnerId, t.Week, t.Region });
        total.Property(t => t.OwnerId).HasMaxLength(SessionTables.OwnerIdLength);
        total.Property(t => t.OwnerKind).HasMaxLength(SessionTables.OwnerKindLength);
        total.Property(t => t.Region).HasMaxLength(20);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class WeekRegionTotalConfiguration : IEntityTypeConfiguration<WeekRegionTotal>
{
    public void Configure(EntityTypeBuilder<WeekRegionTotal> total)
    {
        total.ToTable(SessionTables.WeekRegionTotals);
        total.HasKey(t => new { t.Who, t.Week, t.Region });
        total.Property(t => t.Who).HasMaxLength(SessionTables.RunnerIdLength);
        total.Property(t => t.Region).HasMaxLength(20);
    }
}

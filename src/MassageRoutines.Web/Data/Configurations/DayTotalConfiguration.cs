using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class DayTotalConfiguration : IEntityTypeConfiguration<DayTotal>
{
    public void Configure(EntityTypeBuilder<DayTotal> total)
    {
        total.ToTable(SessionTables.DayTotals);
        total.HasKey(t => new { t.Who, t.Day });
        total.Property(t => t.Who).HasMaxLength(SessionTables.RunnerIdLength);
    }
}

using MassageRoutines.Web.Sessions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class DayRegionTotalConfiguration : IEntityTypeConfiguration<DayRegionTotal>
{
    public void Configure(EntityTypeBuilder<DayRegionTotal> total)
    {
        total.ToTable(DayTotals.RegionTable);
        total.HasKey(t => new { t.Who, t.Day, t.Region });
        total.Property(t => t.Who).HasMaxLength(RunnerIdentity.MaxIdLength);
        total.Property(t => t.Region).HasMaxLength(20);
    }
}

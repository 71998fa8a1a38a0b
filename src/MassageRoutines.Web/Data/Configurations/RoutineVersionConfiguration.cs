using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class RoutineVersionConfiguration : IEntityTypeConfiguration<RoutineVersionRecord>
{
    public void Configure(EntityTypeBuilder<RoutineVersionRecord> version)
    {
        version.ToTable("RoutineVersions");
        version.HasIndex(v => new { v.RoutineId, v.Version }).IsUnique();
        version.HasOne<RoutineRecord>().WithMany(r => r.Versions).HasForeignKey(v => v.RoutineId).OnDelete(DeleteBehavior.Cascade);
    }
}

using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class RoutineConfiguration : IEntityTypeConfiguration<RoutineRecord>
{
    public void Configure(EntityTypeBuilder<RoutineRecord> routine)
    {
        routine.ToTable("Routines");
        routine.HasIndex(r => r.Slug).IsUnique();
        routine.Property(r => r.Slug).HasMaxLength(Slugs.MaxLength);
        routine.Property(r => r.Name).HasMaxLength(MoveRules.MaxNameLength);
        routine.Property(r => r.Summary).HasMaxLength(MoveRules.MaxSummaryLength);
        routine.PrimitiveCollection(r => r.WarmUpDrills);
        routine.Property(r => r.Revision).IsConcurrencyToken();
        routine.HasMany(r => r.Items).WithOne().HasForeignKey(i => i.RoutineId).OnDelete(DeleteBehavior.Cascade);
        routine.HasOne(r => r.Library).WithMany(l => l.Routines).OnDelete(DeleteBehavior.Restrict);
    }
}

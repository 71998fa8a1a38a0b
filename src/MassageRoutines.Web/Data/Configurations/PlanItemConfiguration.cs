using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> item)
    {
        item.ToTable("PlanItems");
        item.Property(i => i.RoutineSlug).HasMaxLength(Slugs.MaxLength);
        item.Property(i => i.Name).HasMaxLength(MoveRules.MaxNameLength);
        item.PrimitiveCollection(i => i.Days).ElementType().HasConversion<string>();
        item.HasOne<Group>().WithMany(g => g.Plan).HasForeignKey(i => i.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class RoutineItemConfiguration : IEntityTypeConfiguration<RoutineItemRecord>
{
    public void Configure(EntityTypeBuilder<RoutineItemRecord> item)
    {
        item.ToTable("RoutineItems");
        item.HasIndex(i => new { i.RoutineId, i.Order }).IsUnique();
        // A move in use by a routine cannot be deleted out from under it; coaches archive moves instead.
        item.HasOne(i => i.Move).WithMany().HasForeignKey(i => i.MoveId).OnDelete(DeleteBehavior.Restrict);
    }
}

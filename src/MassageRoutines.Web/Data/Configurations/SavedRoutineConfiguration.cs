using MassageRoutines.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class SavedRoutineConfiguration : IEntityTypeConfiguration<SavedRoutine>
{
    public void Configure(EntityTypeBuilder<SavedRoutine> saved)
    {
        saved.HasIndex(s => new { s.UserId, s.BuiltRoutineId }).IsUnique();
        saved.Property(s => s.Name).HasMaxLength(MoveRules.MaxNameLength);
        saved.HasOne(s => s.BuiltRoutine).WithMany().HasForeignKey(s => s.BuiltRoutineId).OnDelete(DeleteBehavior.Restrict);
        saved.HasOne<IdentityUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

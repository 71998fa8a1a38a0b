using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class GroupCoachConfiguration : IEntityTypeConfiguration<GroupCoach>
{
    public void Configure(EntityTypeBuilder<GroupCoach> coach)
    {
        coach.HasKey(c => new { c.GroupId, c.UserId });
        coach.HasOne<Group>().WithMany(g => g.Coaches).HasForeignKey(c => c.GroupId).OnDelete(DeleteBehavior.Cascade);
        coach.HasOne<IdentityUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
        coach.HasIndex(c => c.UserId);
    }
}

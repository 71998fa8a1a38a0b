using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class GroupConfiguration : IEntityTypeConfiguration<Group>
{
    public void Configure(EntityTypeBuilder<Group> group)
    {
        group.HasIndex(g => g.JoinToken).IsUnique();
        group.Property(g => g.JoinToken).HasMaxLength(Group.MaxTokenLength);
        group.Property(g => g.Name).HasMaxLength(MoveRules.MaxNameLength);
    }
}

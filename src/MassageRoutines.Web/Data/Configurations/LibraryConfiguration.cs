using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class LibraryConfiguration : IEntityTypeConfiguration<Library>
{
    public void Configure(EntityTypeBuilder<Library> library)
    {
        library.HasIndex(l => l.Slug).IsUnique();
        library.Property(l => l.Slug).HasMaxLength(Slugs.MaxLength);
        library.Property(l => l.Name).HasMaxLength(MoveRules.MaxNameLength);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class LibraryEditorConfiguration : IEntityTypeConfiguration<LibraryEditor>
{
    public void Configure(EntityTypeBuilder<LibraryEditor> editor)
    {
        editor.HasKey(e => new { e.LibraryId, e.UserId });
        editor.HasOne<Library>().WithMany(l => l.Editors).HasForeignKey(e => e.LibraryId).OnDelete(DeleteBehavior.Cascade);
        editor.HasOne<IdentityUser>().WithMany().HasForeignKey(e => e.UserId).OnDelete(DeleteBehavior.Cascade);
        editor.HasIndex(e => e.UserId);
    }
}

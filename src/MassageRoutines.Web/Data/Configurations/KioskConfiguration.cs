using MassageRoutines.Engine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class KioskConfiguration : IEntityTypeConfiguration<KioskRecord>
{
    public void Configure(EntityTypeBuilder<KioskRecord> kiosk)
    {
        kiosk.HasIndex(k => k.Token).IsUnique();
        kiosk.Property(k => k.Token).HasMaxLength(KioskRecord.MaxTokenLength);
        kiosk.Property(k => k.Name).HasMaxLength(MoveRules.MaxNameLength);
        kiosk.Property(k => k.Language).HasMaxLength(KioskRecord.MaxLanguageLength);
        kiosk.PrimitiveCollection(k => k.Routines);
        kiosk.HasOne(k => k.Library).WithMany().HasForeignKey(k => k.LibraryId).OnDelete(DeleteBehavior.Restrict);
        kiosk.HasOne<IdentityUser>().WithMany().HasForeignKey(k => k.CreatedBy).OnDelete(DeleteBehavior.Restrict);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class VapidKeyConfiguration : IEntityTypeConfiguration<VapidKeyRecord>
{
    public void Configure(EntityTypeBuilder<VapidKeyRecord> key)
    {
        key.ToTable("VapidKeys");
        key.Property(k => k.PublicKey).HasMaxLength(VapidKeyRecord.MaxKeyLength);
        key.Property(k => k.PrivateKey).HasMaxLength(VapidKeyRecord.MaxProtectedKeyLength);
    }
}

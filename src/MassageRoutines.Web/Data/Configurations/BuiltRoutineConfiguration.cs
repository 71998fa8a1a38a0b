using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class BuiltRoutineConfiguration : IEntityTypeConfiguration<BuiltRoutineRecord>
{
    public void Configure(EntityTypeBuilder<BuiltRoutineRecord> built)
    {
        built.ToTable("BuiltRoutines");
        built.HasIndex(b => b.Hash).IsUnique();
        built.HasIndex(b => b.Slug).IsUnique();
        built.Property(b => b.Hash).HasMaxLength(BuiltRoutineRecord.HashLength);
        built.Property(b => b.Slug).HasMaxLength(Slugs.MaxLength);
        built.PrimitiveCollection(b => b.Whys);
        built.ComplexCollection(b => b.Notes, notes => notes.ToJson());
        built.HasOne(b => b.Library).WithMany().HasForeignKey(b => b.LibraryId).OnDelete(DeleteBehavior.Restrict);
    }
}

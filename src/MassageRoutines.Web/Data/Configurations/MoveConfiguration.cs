using MassageRoutines.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class MoveConfiguration : IEntityTypeConfiguration<MoveRecord>
{
    public void Configure(EntityTypeBuilder<MoveRecord> move)
    {
        move.ToTable("Moves");
        move.HasIndex(m => m.Slug).IsUnique();
        move.Property(m => m.Slug).HasMaxLength(Slugs.MaxLength);
        move.Property(m => m.Name).HasMaxLength(MoveRules.MaxNameLength);
        move.Property(m => m.Summary).HasMaxLength(MoveRules.MaxSummaryLength);
        move.PrimitiveCollection(m => m.Regions).ElementType().HasConversion<string>();
        move.PrimitiveCollection(m => m.Tools).ElementType().HasConversion<string>();
        move.PrimitiveCollection(m => m.Phases).ElementType().HasConversion<string>();
        move.PrimitiveCollection(m => m.Steps);
        move.PrimitiveCollection(m => m.Cautions);
        move.ComplexCollection(m => m.Cues, cues => cues.ToJson());
        move.Property(m => m.Revision).IsConcurrencyToken();
        move.HasOne(m => m.Library).WithMany(l => l.Moves).OnDelete(DeleteBehavior.Restrict);
    }
}

using MassageRoutines.Engine.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettingsRecord>
{
    public void Configure(EntityTypeBuilder<ReminderSettingsRecord> settings)
    {
        settings.ToTable("ReminderSettings");
        settings.HasKey(s => new { s.OwnerKind, s.OwnerId });
        settings.Property(s => s.OwnerKind).HasMaxLength(SessionTables.OwnerKindLength);
        settings.Property(s => s.OwnerId).HasMaxLength(SessionTables.OwnerIdLength);
        settings.Property(s => s.TimeZoneId).HasMaxLength(ReminderRules.MaxTimeZoneIdLength);
        settings.PrimitiveCollection(s => s.Days).ElementType().HasConversion<string>();
        settings.PrimitiveCollection(s => s.QuietDates);
        settings.Property(s => s.CalendarToken).HasMaxLength(CalendarFeed.MaxTokenLength);
        settings.HasIndex(s => s.CalendarToken).IsUnique();
    }
}

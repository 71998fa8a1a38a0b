using MassageRoutines.Engine.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettingsRecord>
{
    public void Configure(EntityTypeBuilder<ReminderSettingsRecord> settings)
    {
        settings.ToTable("ReminderSettings");
        settings.HasKey(s => s.RunnerId);
        settings.Property(s => s.RunnerId).HasMaxLength(SessionTables.RunnerIdLength);
        settings.Property(s => s.TimeZoneId).HasMaxLength(ReminderRules.MaxTimeZoneIdLength);
        settings.PrimitiveCollection(s => s.Days).ElementType().HasConversion<string>();
        settings.PrimitiveCollection(s => s.QuietDates);
    }
}

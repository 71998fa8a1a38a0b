using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class PushSubscriptionConfiguration : IEntityTypeConfiguration<PushSubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<PushSubscriptionRecord> subscription)
    {
        subscription.ToTable("PushSubscriptions");
        subscription.Property(s => s.OwnerKind).HasMaxLength(SessionTables.OwnerKindLength);
        subscription.Property(s => s.OwnerId).HasMaxLength(SessionTables.OwnerIdLength);
        subscription.Property(s => s.Endpoint).HasMaxLength(PushSubscriptionRecord.MaxEndpointLength);
        subscription.Property(s => s.P256dh).HasMaxLength(PushSubscriptionRecord.P256dhLength);
        subscription.Property(s => s.Auth).HasMaxLength(PushSubscriptionRecord.AuthLength);
        subscription.Property(s => s.Language).HasMaxLength(PushSubscriptionRecord.MaxLanguageLength);
        subscription.HasIndex(s => s.Endpoint).IsUnique();
        subscription.HasIndex(s => new { s.OwnerKind, s.OwnerId });
        // The reminder worker's query: the subscriptions due soonest.
        subscription.HasIndex(s => s.NextDueAt);
    }
}

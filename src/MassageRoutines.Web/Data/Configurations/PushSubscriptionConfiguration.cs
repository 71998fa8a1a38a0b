using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class PushSubscriptionConfiguration : IEntityTypeConfiguration<PushSubscriptionRecord>
{
    public void Configure(EntityTypeBuilder<PushSubscriptionRecord> subscription)
    {
        subscription.ToTable("PushSubscriptions");
        subscription.Property(s => s.RunnerId).HasMaxLength(SessionTables.RunnerIdLength);
        subscription.Property(s => s.Endpoint).HasMaxLength(PushSubscriptionRecord.MaxEndpointLength);
        subscription.Property(s => s.P256dh).HasMaxLength(PushSubscriptionRecord.P256dhLength);
        subscription.Property(s => s.Auth).HasMaxLength(PushSubscriptionRecord.AuthLength);
        subscription.HasIndex(s => s.Endpoint).IsUnique();
        subscription.HasIndex(s => s.RunnerId);
        // The reminder worker's query: the subscriptions due soonest.
        subscription.HasIndex(s => s.NextDueAt);
    }
}

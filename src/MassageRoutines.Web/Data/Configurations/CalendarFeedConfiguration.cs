using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MassageRoutines.Web.Data.Configurations;

public sealed class CalendarFeedConfiguration : IEntityTypeConfiguration<CalendarFeed>
{
    public void Configure(EntityTypeBuilder<CalendarFeed> feed)
    {
        feed.ToTable("CalendarFeeds");
        feed.Property(f => f.Token).HasMaxLength(CalendarFeed.MaxTokenLength);
        feed.HasIndex(f => f.Token).IsUnique();
        // One feed each; both databases let many rows leave the column empty.
        feed.HasIndex(f => f.UserId).IsUnique();
        feed.HasIndex(f => f.GroupId).IsUnique();
        feed.HasOne<IdentityUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
        feed.HasOne<Group>().WithMany().HasForeignKey(f => f.GroupId).OnDelete(DeleteBehavior.Cascade);
    }
}

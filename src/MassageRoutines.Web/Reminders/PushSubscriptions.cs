using MassageRoutines.Web.Data;
using MassageRoutines.Web.Languages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Reminders;

/// <summary>The browsers a runner's reminders are pushed to while the app is closed, one per push endpoint.</summary>
public sealed class PushSubscriptions(MassageDbContext db, TimeProvider time)
{
    /// <summary>A runner's browsers with reminders; a new one beyond these replaces the oldest.</summary>
    public const int MaxPerRunner = 10;

    /// <summary>Keeps a checked subscription for the runner and schedules its next reminder. True when it is new, false when it replaced one.</summary>
    /// <param name="language">The language of the page that subscribed (the request's), which a device without an account is reminded in.</param>
    public async Task<bool> SubscribeAsync(OwnerKey runner, PushSubscriptionRequest request, string language, CancellationToken ct)
    {
        language = LanguagesSetup.IsSpoken(language) ? language : LanguagesSetup.Default;
        var now = time.GetUtcNow();
        // The new row, the trim to the newest few and the schedule land together or not at all.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var existing = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Endpoint == request.Endpoint, ct);
        if (existing is null)
        {
            db.PushSubscriptions.Add(new PushSubscriptionRecord
            {
                OwnerKind = runner.Kind, OwnerId = runner.Id, Endpoint = request.Endpoint!, P256dh = request.Keys!.P256dh!, Auth = request.Keys.Auth!, CreatedAt = now.UtcDateTime,
                Language = language,
            });
        }
        else
        {
            // The same browser again (after signing in, say): the endpoint is the browser's, the runner the latest to send it.
            existing.OwnerKind = runner.Kind;
            existing.OwnerId = runner.Id;
            existing.P256dh = request.Keys!.P256dh!;
            existing.Auth = request.Keys.Auth!;
            existing.Language = language;
        }
        await db.SaveChangesAsync(ct);
        var beyondTheLimit = await db.PushSubscriptions.OwnedBy(runner)
            .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Skip(MaxPerRunner).Select(s => s.Id).ToListAsync(ct);
        if (beyondTheLimit.Count > 0)
        {
            await db.PushSubscriptions.Where(s => beyondTheLimit.Contains(s.Id)).ExecuteDeleteAsync(ct);
        }
        await RunnerReminders.RescheduleAsync(db, runner, now, ct);
        await transaction.CommitAsync(ct);
        return existing is null;
    }

    /// <summary>Forgets the runner's subscription with this endpoint; nothing happens without a runner or an endpoint.</summary>
    public async Task UnsubscribeAsync(OwnerKey? runner, string? endpoint, CancellationToken ct)
    {
        if (runner is { } owner && !string.IsNullOrEmpty(endpoint))
        {
            await db.PushSubscriptions.OwnedBy(owner).Where(s => s.Endpoint == endpoint).ExecuteDeleteAsync(ct);
        }
    }
}

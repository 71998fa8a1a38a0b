using MassageRoutines.Engine.Reminders;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Reminders;

/// <summary>
/// A runner's movement-break reminders as stored: their settings, their "Later", and when each of their
/// push subscriptions is next due. Every change to what moves the schedule ends in <see cref="RescheduleAsync"/>.
/// </summary>
public static class RunnerReminders
{
    public static Task<ReminderSettingsRecord?> FindAsync(MassageDbContext db, OwnerKey runner, CancellationToken ct) =>
        db.ReminderSettings.OwnedBy(runner).FirstOrDefaultAsync(ct);

    /// <summary>
    /// When the runner's last logged session ended: the newest by start, read through the (runner, start)
    /// index. Sessions do not overlap, so the last to start is the last to end.
    /// </summary>
    public static async Task<DateTimeOffset?> LastActivityAsync(MassageDbContext db, OwnerKey runner, CancellationToken ct) =>
        await db.SessionLogs.OwnedBy(runner).OrderByDescending(l => l.StartedAt)
            .Select(l => (DateTime?)l.EndedAt).FirstOrDefaultAsync(ct) is { } ended
            ? Utc(ended)
            : null;

    /// <summary>
    /// The next break strictly after <paramref name="now"/>, or null. A session that ended after the runner
    /// chose "Later" ends the snooze too. Settings the rules no longer accept (a time zone the server has
    /// since lost) give no breaks rather than an error.
    /// </summary>
    public static DateTimeOffset? NextBreak(ReminderSettingsRecord record, DateTimeOffset now, DateTimeOffset? lastActivity)
    {
        var settings = record.ToSettings();
        if (ReminderRules.Check(settings).Count > 0)
        {
            return null;
        }
        DateTimeOffset? snooze = record.SnoozedUntil is { } until ? Utc(until) : null;
        if (snooze is { } pending && lastActivity > pending.AddMinutes(-ReminderSchedule.SnoozeMinutes))
        {
            snooze = null;
        }
        return ReminderSchedule.Next(settings, now, lastActivity, snooze);
    }

    public static async Task SaveAsync(MassageDbContext db, OwnerKey runner, ReminderSettings settings, DateTimeOffset now, CancellationToken ct)
    {
        var record = await FindAsync(db, runner, ct);
        if (record is null)
        {
            record = new ReminderSettingsRecord { OwnerKind = runner.Kind, OwnerId = runner.Id, TimeZoneId = settings.TimeZoneId };
            db.ReminderSettings.Add(record);
        }
        record.Set(settings);
        record.SnoozedUntil = null;
        await db.SaveChangesAsync(ct);
        await RescheduleAsync(db, runner, now, ct);
    }

    public static async Task TurnOffAsync(MassageDbContext db, OwnerKey runner, CancellationToken ct)
    {
        await db.ReminderSettings.OwnedBy(runner).ExecuteDeleteAsync(ct);
        await db.PushSubscriptions.OwnedBy(runner).ExecuteUpdateAsync(s => s.SetProperty(p => p.NextDueAt, (DateTime?)null), ct);
    }

    /// <summary>"Later": the next break comes <see cref="ReminderSchedule.SnoozeMinutes"/> minutes from now. False when the runner has no reminders.</summary>
    public static async Task<bool> SnoozeAsync(MassageDbContext db, OwnerKey runner, DateTimeOffset now, CancellationToken ct)
    {
        var until = now.UtcDateTime.AddMinutes(ReminderSchedule.SnoozeMinutes);
        if (await db.ReminderSettings.OwnedBy(runner).ExecuteUpdateAsync(s => s.SetProperty(r => r.SnoozedUntil, until), ct) == 0)
        {
            return false;
        }
        await RescheduleAsync(db, runner, now, ct);
        return true;
    }

    /// <summary>
    /// At sign-in, an anonymous runner's reminders become the account's: the settings, unless the account
    /// has its own (which then win), and this browser's push subscriptions.
    /// </summary>
    public static async Task ClaimAsync(MassageDbContext db, OwnerKey anonymous, OwnerKey account, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await FindAsync(db, anonymous, ct);
        if (settings is not null)
        {
            if (await FindAsync(db, account, ct) is null)
            {
                var claimed = new ReminderSettingsRecord { OwnerKind = account.Kind, OwnerId = account.Id, TimeZoneId = settings.TimeZoneId, SnoozedUntil = settings.SnoozedUntil };
                claimed.Set(settings.ToSettings());
                db.ReminderSettings.Add(claimed);
            }
            db.ReminderSettings.Remove(settings);
            await db.SaveChangesAsync(ct);
            // A calendar app subscribed to this browser's schedule keeps its address, unless the account has a schedule of its own.
            if (settings.CalendarToken is { } token)
            {
                await db.ReminderSettings.OwnedBy(account).Where(r => r.CalendarToken == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(r => r.CalendarToken, token), ct);
            }
        }
        await db.PushSubscriptions.OwnedBy(anonymous).ExecuteUpdateAsync(s => s.SetProperty(p => p.OwnerKind, account.Kind).SetProperty(p => p.OwnerId, account.Id), ct);
        await RescheduleAsync(db, account, now, ct);
    }

    /// <summary>Sets when each of the runner's push subscriptions is next due, from their settings as stored now.</summary>
    public static async Task RescheduleAsync(MassageDbContext db, OwnerKey runner, DateTimeOffset now, CancellationToken ct)
    {
        var record = await db.ReminderSettings.AsNoTracking().OwnedBy(runner).FirstOrDefaultAsync(ct);
        var next = record is null ? null : NextBreak(record, now, await LastActivityAsync(db, runner, ct));
        DateTime? due = next?.UtcDateTime;
        await db.PushSubscriptions.OwnedBy(runner).ExecuteUpdateAsync(s => s.SetProperty(p => p.NextDueAt, due), ct);
    }

    private static DateTimeOffset Utc(DateTime time) => new(DateTime.SpecifyKind(time, DateTimeKind.Utc));
}

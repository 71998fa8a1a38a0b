using MassageRoutines.Engine.Reminders;
using MassageRoutines.Web.Data;

namespace MassageRoutines.Web.Reminders;

/// <summary>A runner's reminders as the settings page shows them: what is stored (null: none yet), the next break, and the key push needs.</summary>
/// <param name="PushKey">The server's VAPID public key, which a browser's push subscription is made for.</param>
public sealed record ReminderState(ReminderSettingsRecord? Record, DateTimeOffset? NextBreak, string PushKey);

/// <summary>
/// Movement-break reminders as a runner sets them up, signed in or not: the settings are kept on the
/// server under the runner's id either way, since push needs them there.
/// </summary>
public sealed class MovementBreaks(MassageDbContext db, TimeProvider time, VapidKeyring vapid)
{
    public async Task<ReminderState> StateAsync(OwnerKey? runner, CancellationToken ct)
    {
        var record = runner is { } owner ? await RunnerReminders.FindAsync(db, owner, ct) : null;
        DateTimeOffset? next = record is null
            ? null
            : RunnerReminders.NextBreak(record, time.GetUtcNow(), await RunnerReminders.LastActivityAsync(db, record.Owner, ct));
        return new ReminderState(record, next, (await vapid.KeysAsync(ct)).PublicKey);
    }

    /// <summary>Stores settings the caller has checked against <see cref="ReminderRules"/>, and reschedules the runner's pushes.</summary>
    public Task SaveAsync(OwnerKey runner, ReminderSettings settings, CancellationToken ct) =>
        RunnerReminders.SaveAsync(db, runner, settings, time.GetUtcNow(), ct);

    public async Task TurnOffAsync(OwnerKey? runner, CancellationToken ct)
    {
        if (runner is { } owner)
        {
            await RunnerReminders.TurnOffAsync(db, owner, ct);
        }
    }
}

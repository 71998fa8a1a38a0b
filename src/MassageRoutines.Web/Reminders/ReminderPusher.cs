using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Lib.Net.Http.WebPush;
using Lib.Net.Http.WebPush.Authentication;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Languages;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Reminders;

/// <summary>What the service worker gets: the notification's words and the page a click opens.</summary>
public sealed record ReminderPush(string Title, string Body, string? Url);

/// <summary>
/// Sends the movement-break reminders that are due as Web Push messages (RFC 8030, encrypted per RFC 8291,
/// signed per RFC 8292), for runners whose app is closed. Each round looks at a bounded batch of the
/// subscriptions due soonest. Several instances may run rounds at once: a subscription is claimed with a
/// conditional update of its due time, so only one of them sends each reminder.
/// </summary>
public sealed class ReminderPusher(
    IServiceScopeFactory scopes, TimeProvider time, IHttpClientFactory httpClients, VapidKeyring vapid, PublishedLibrary library,
    LinkGenerator links, PushHosts hosts, IStringLocalizer<Words> T, IOptions<RemindersOptions> options, ILogger<ReminderPusher> logger)
{
    public const string HttpClientName = "push";
    public const int BatchSize = 100;

    /// <summary>Words shared with the page's own reminder: English keys of <see cref="Words"/>, sent in the runner's language.</summary>
    public const string Title = Phrases.MovementBreakTitle;

    /// <summary>How long a push service keeps trying to deliver a reminder; a break much later than it was due is no use.</summary>
    public static readonly TimeSpan TimeToLive = TimeSpan.FromMinutes(10);

    /// <summary>A break found this long after it was due (the server was down) is skipped, not sent late.</summary>
    public static readonly TimeSpan LateLimit = TimeSpan.FromMinutes(10);

    /// <summary>A subscription is dropped once this many sends in a row have failed over more than <see cref="FailingFor"/>.</summary>
    public const int MaxFailures = 3;

    public static readonly TimeSpan FailingFor = TimeSpan.FromDays(1);

    private enum Outcome { Delivered, Gone, Failed }

    /// <summary>
    /// One round: sends what is due now, among the <see cref="BatchSize"/> subscriptions due soonest, several at
    /// once ("Reminders:ParallelPushes"), so a push service that hangs holds up only its own sends. Returns how many it looked at.
    /// </summary>
    public async Task<int> PushDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MassageDbContext>();
        var due = await db.PushSubscriptions.AsNoTracking()
            .Where(s => s.NextDueAt <= now.UtcDateTime).OrderBy(s => s.NextDueAt).Take(BatchSize).ToListAsync(ct);
        if (due.Count == 0)
        {
            return 0;
        }

        var accounts = due.Where(s => s.OwnerKind == OwnerKind.Account).Select(s => s.OwnerId).Distinct().ToList();
        var devices = due.Where(s => s.OwnerKind == OwnerKind.Device).Select(s => s.OwnerId).Distinct().ToList();
        var settings = (await db.ReminderSettings.AsNoTracking()
                .Where(s => (s.OwnerKind == OwnerKind.Account && accounts.Contains(s.OwnerId)) || (s.OwnerKind == OwnerKind.Device && devices.Contains(s.OwnerId)))
                .ToListAsync(ct))
            .ToDictionary(s => s.Owner);
        var sends = new List<PushSubscriptionRecord>();
        foreach (var subscription in due)
        {
            if (!hosts.Allows(subscription.Endpoint))
            {
                // Stored before the list changed (or before there was one): never posted to.
                await db.PushSubscriptions.Where(s => s.Id == subscription.Id).ExecuteDeleteAsync(ct);
                logger.LogWarning("Removed push subscription {Id}: its endpoint is not at a push service of Reminders:PushHosts", subscription.Id);
                continue;
            }
            var record = settings.GetValueOrDefault(subscription.Owner);
            var lastActivity = record is null ? null : await RunnerReminders.LastActivityAsync(db, subscription.Owner, ct);
            var seen = new DateTimeOffset(DateTime.SpecifyKind(subscription.NextDueAt!.Value, DateTimeKind.Utc));
            // The break that was due, as the schedule has it now: a session logged since, a "Later" or new settings may have moved it.
            var breakDue = record is null ? null : RunnerReminders.NextBreak(record, seen.AddTicks(-1), lastActivity);
            DateTime? next = record is null ? null : RunnerReminders.NextBreak(record, now, lastActivity)?.UtcDateTime;

            var claimed = await db.PushSubscriptions.Where(s => s.Id == subscription.Id && s.NextDueAt == subscription.NextDueAt)
                .ExecuteUpdateAsync(s => s.SetProperty(p => p.NextDueAt, next), ct) == 1;
            if (claimed && breakDue <= now && now - breakDue < LateLimit)
            {
                sends.Add(subscription);
            }
        }
        if (sends.Count > 0)
        {
            await SendAllAsync(db, sends, now, ct);
        }
        return due.Count;
    }

    private async Task SendAllAsync(MassageDbContext db, List<PushSubscriptionRecord> sends, DateTimeOffset now, CancellationToken ct)
    {
        var routine = await Today.BreakRoutineAsync(library, links);
        var languages = await AccountLanguagesAsync(db, sends, ct);
        var messages = new ConcurrentDictionary<string, string>();
        string MessageFor(PushSubscriptionRecord subscription) => messages.GetOrAdd(
            subscription.OwnerKind == OwnerKind.Account
                ? languages.GetValueOrDefault(subscription.OwnerId) ?? LanguagesSetup.Default
                : LanguagesSetup.IsSpoken(subscription.Language) ? subscription.Language : LanguagesSetup.Default,
            code =>
            {
                using (LanguageScope.Use(code))
                {
                    return JsonSerializer.Serialize(new ReminderPush(T[Title], T[Phrases.MovementBreakBody], routine), JsonSerializerOptions.Web);
                }
            });
        using var authentication = await vapid.AuthenticationAsync(ct);
        var client = new PushServiceClient(httpClients.CreateClient(HttpClientName))
        {
            DefaultAuthentication = authentication,
            DefaultAuthenticationScheme = VapidAuthenticationScheme.Vapid,
            AutoRetryAfter = false,
        };
        var outcomes = new ConcurrentQueue<(PushSubscriptionRecord Subscription, Outcome Outcome)>();
        await Parallel.ForEachAsync(sends, new ParallelOptions { MaxDegreeOfParallelism = options.Value.ParallelPushes, CancellationToken = ct },
            async (subscription, token) => outcomes.Enqueue((subscription, await SendAsync(client, subscription, MessageFor(subscription), token))));
        foreach (var (subscription, outcome) in outcomes)
        {
            await RecordAsync(db, subscription, outcome, now, ct);
        }
    }

    /// <summary>
    /// The language kept on each account among <paramref name="sends"/>. A device without an account is
    /// reminded in the language of the page it subscribed from (<see cref="PushSubscriptionRecord.Language"/>).
    /// </summary>
    private static async Task<Dictionary<string, string>> AccountLanguagesAsync(MassageDbContext db, List<PushSubscriptionRecord> sends, CancellationToken ct)
    {
        var accounts = sends.Where(s => s.OwnerKind == OwnerKind.Account).Select(s => s.OwnerId).Distinct().ToList();
        if (accounts.Count == 0)
        {
            return [];
        }
        var claims = await db.UserClaims.AsNoTracking()
            .Where(c => c.ClaimType == AccountLanguageProvider.ClaimType && accounts.Contains(c.UserId))
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct);
        return claims.Where(c => LanguagesSetup.IsSpoken(c.ClaimValue)).GroupBy(c => c.UserId).ToDictionary(g => g.Key, g => g.First().ClaimValue!);
    }

    private async Task<Outcome> SendAsync(PushServiceClient client, PushSubscriptionRecord subscription, string message, CancellationToken ct)
    {
        var target = new PushSubscription { Endpoint = subscription.Endpoint };
        target.SetKey(PushEncryptionKeyName.P256DH, subscription.P256dh);
        target.SetKey(PushEncryptionKeyName.Auth, subscription.Auth);
        try
        {
            // A newer reminder on the same topic replaces one the push service still holds.
            await client.RequestPushMessageDeliveryAsync(target,
                new PushMessage(message) { TimeToLive = (int)TimeToLive.TotalSeconds, Topic = "movement-break", Urgency = PushMessageUrgency.Normal }, ct);
            return Outcome.Delivered;
        }
        catch (PushServiceClientException e) when (e.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Gone)
        {
            // The browser unsubscribed or the subscription expired: it will never take a message again.
            logger.LogInformation("Removed push subscription {Id}: the push service answered {Status}", subscription.Id, (int)e.StatusCode);
            return Outcome.Gone;
        }
        catch (Exception e) when (!ct.IsCancellationRequested)
        {
            // One push service down, slow or redirecting, or one odd subscription, does not stop the round.
            logger.LogWarning(e, "Could not deliver a reminder to push subscription {Id}", subscription.Id);
            return Outcome.Failed;
        }
    }

    /// <summary>Counts failures in a row; a subscription that keeps failing is dropped like one the push service says is gone.</summary>
    private async Task RecordAsync(MassageDbContext db, PushSubscriptionRecord subscription, Outcome outcome, DateTimeOffset now, CancellationToken ct)
    {
        var row = db.PushSubscriptions.Where(s => s.Id == subscription.Id);
        var failingSince = subscription.FailingSince is { } first ? new DateTimeOffset(DateTime.SpecifyKind(first, DateTimeKind.Utc)) : now;
        if (outcome == Outcome.Gone
            || outcome == Outcome.Failed && subscription.Failures + 1 >= MaxFailures && now - failingSince > FailingFor)
        {
            await row.ExecuteDeleteAsync(ct);
            if (outcome == Outcome.Failed)
            {
                logger.LogInformation("Removed push subscription {Id}: it has failed since {Since}", subscription.Id, failingSince);
            }
        }
        else if (outcome == Outcome.Failed)
        {
            var firstFailure = failingSince.UtcDateTime;
            await row.ExecuteUpdateAsync(s => s.SetProperty(p => p.Failures, p => p.Failures + 1).SetProperty(p => p.FailingSince, firstFailure), ct);
        }
        else if (subscription.Failures > 0)
        {
            await row.ExecuteUpdateAsync(s => s.SetProperty(p => p.Failures, 0).SetProperty(p => p.FailingSince, (DateTime?)null), ct);
        }
    }
}

using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Api;

public static class RemindersApi
{
    public const int MaxSubscriptionBytes = 4 * 1024;

    public static void MapRemindersApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/today", TodayAsync).WithTags("Reminders")
            .WithSummary("Today for this runner: sessions so far against the two-bout goal, and when the next movement break is due.");
        app.MapPut("/api/reminders/snooze", SnoozeAsync).WithTags("Reminders")
            .RequireAntiforgeryToken()
            .WithSummary("\"Later\": put the next movement break off by ten minutes. Answers with today as it then stands.");

        var subscriptions = app.MapGroup("/api/push-subscriptions").WithTags("Reminders");
        subscriptions.MapPost("/", SubscribeAsync)
            .RequireAntiforgeryToken()
            .WithBodyLimit(MaxSubscriptionBytes)
            .Accepts<PushSubscriptionRequest>("application/json")
            .WithSummary("Send this browser's push subscription (PushSubscription.toJSON()), for reminders while the app is closed.");
        subscriptions.MapDelete("/", UnsubscribeAsync)
            .RequireAntiforgeryToken()
            .WithSummary("Forget this runner's push subscription with the given endpoint.");
    }

    private static async Task<Ok<TodayView>> TodayAsync(
        HttpContext http, MassageDbContext db, PublishedLibrary library, TimeProvider time, SiteTimeZone zone, LinkGenerator links, CancellationToken ct) =>
        TypedResults.Ok(await Today.OfAsync(db, library, RunnerIdentity.Find(http), time.GetUtcNow(), zone, links, ct));

    private static async Task<Results<Ok<TodayView>, ProblemHttpResult>> SnoozeAsync(
        HttpContext http, MassageDbContext db, PublishedLibrary library, TimeProvider time, SiteTimeZone zone, LinkGenerator links, CancellationToken ct)
    {
        var runner = RunnerIdentity.Find(http);
        var now = time.GetUtcNow();
        if (runner is null || !await RunnerReminders.SnoozeAsync(db, runner, now, ct))
        {
            return ApiSetup.NotFoundProblem("No reminders to put off", "This browser has no movement-break reminders set up.");
        }
        return TypedResults.Ok(await Today.OfAsync(db, library, runner, now, zone, links, ct));
    }

    private static async Task<Results<Created, NoContent, ValidationProblem, ProblemHttpResult>> SubscribeAsync(
        HttpContext http, MassageDbContext db, TimeProvider time, CancellationToken ct)
    {
        if (!http.Request.HasJsonContentType())
        {
            return TypedResults.Problem(title: "Send the subscription as JSON", statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        PushSubscriptionRequest? request;
        try
        {
            request = await JsonSerializer.DeserializeAsync<PushSubscriptionRequest>(http.Request.Body, PushSubscriptionRequest.Json, ct);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return TypedResults.Problem(title: "The subscription is too large", statusCode: StatusCodes.Status413PayloadTooLarge);
        }
        catch (JsonException e)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [e.Path ?? "$"] = [$"Not valid here (line {e.LineNumber + 1}): a wrong type, an unknown field or malformed JSON."] },
                title: "The subscription is not valid JSON for this API.");
        }
        var errors = request?.Check() ?? new() { ["$"] = ["The body is null."] };
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The push subscription has problems; nothing was stored.");
        }

        var runner = RunnerIdentity.FindOrCreate(http);
        var now = time.GetUtcNow();
        var existing = await db.PushSubscriptions.FirstOrDefaultAsync(s => s.Endpoint == request!.Endpoint, ct);
        if (existing is null)
        {
            db.PushSubscriptions.Add(new PushSubscriptionRecord
            {
                RunnerId = runner, Endpoint = request!.Endpoint!, P256dh = request.Keys!.P256dh!, Auth = request.Keys.Auth!, CreatedAt = now.UtcDateTime,
            });
        }
        else
        {
            // The same browser again (after signing in, say): the endpoint is the browser's, the runner the latest to send it.
            existing.RunnerId = runner;
            existing.P256dh = request!.Keys!.P256dh!;
            existing.Auth = request.Keys.Auth!;
        }
        await db.SaveChangesAsync(ct);
        await RunnerReminders.RescheduleAsync(db, runner, now, ct);
        return existing is null ? TypedResults.Created() : TypedResults.NoContent();
    }

    private static async Task<NoContent> UnsubscribeAsync(string? endpoint, HttpContext http, MassageDbContext db, CancellationToken ct)
    {
        if (RunnerIdentity.Find(http) is { } runner && !string.IsNullOrEmpty(endpoint))
        {
            await db.PushSubscriptions.Where(s => s.RunnerId == runner && s.Endpoint == endpoint).ExecuteDeleteAsync(ct);
        }
        return TypedResults.NoContent();
    }
}

/// <summary>A browser's PushSubscription: the endpoint and keys of its toJSON(). Fields are nullable so a missing one is named.</summary>
public sealed class PushSubscriptionRequest
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    };

    public string? Endpoint { get; set; }

    public PushSubscriptionKeys? Keys { get; set; }

    public Dictionary<string, string[]> Check()
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            errors["endpoint"] = ["Required: the push service's address for this browser."];
        }
        else if (Endpoint.Length > PushSubscriptionRecord.MaxEndpointLength
            || !Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || uri.Scheme != Uri.UriSchemeHttps || uri.IsLoopback)
        {
            errors["endpoint"] = [$"Must be an https address of a push service, at most {PushSubscriptionRecord.MaxEndpointLength} characters."];
        }
        if (!IsPublicKey(Keys?.P256dh))
        {
            errors["keys.p256dh"] = ["Required: the browser's P-256 public key, uncompressed, in base64url."];
        }
        if (!IsBase64Url(Keys?.Auth, 16))
        {
            errors["keys.auth"] = ["Required: the 16-byte authentication secret, in base64url."];
        }
        return errors;
    }

    private static bool IsBase64Url(string? text, int bytes) => Decode(text, bytes) is not null;

    /// <summary>An uncompressed point (0x04, X, Y) on P-256, as the message encryption needs.</summary>
    private static bool IsPublicKey(string? text)
    {
        if (Decode(text, 65) is not [0x04, .. var xy])
        {
            return false;
        }
        try
        {
            using var key = ECDiffieHellman.Create(new ECParameters { Curve = ECCurve.NamedCurves.nistP256, Q = new ECPoint { X = xy[..32], Y = xy[32..] } });
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static byte[]? Decode(string? text, int bytes)
    {
        var decoded = new byte[bytes + 3];
        return text is not null && text.Length <= Base64Url.GetEncodedLength(bytes)
            && Base64Url.TryDecodeFromChars(text, decoded, out var written) && written == bytes
            ? decoded[..bytes]
            : null;
    }
}

public sealed class PushSubscriptionKeys
{
    public string? P256dh { get; set; }
    public string? Auth { get; set; }
}

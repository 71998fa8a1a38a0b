using System.Globalization;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Localization;

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
            .RequireRateLimiting(RemindersSetup.SubscriptionLimit)
            .WithBodyLimit(MaxSubscriptionBytes)
            .Accepts<PushSubscriptionRequest>("application/json")
            .WithSummary("Send this browser's push subscription (PushSubscription.toJSON()), for reminders while the app is closed.");
        subscriptions.MapDelete("/", UnsubscribeAsync)
            .RequireAntiforgeryToken()
            .WithSummary("Forget this runner's push subscription with the given endpoint.");
    }

    private static async Task<Ok<TodayView>> TodayAsync(HttpContext http, Today today, CancellationToken ct) =>
        TypedResults.Ok(await today.OfAsync(RunnerIdentity.Find(http), ct));

    private static async Task<Results<Ok<TodayView>, ProblemHttpResult>> SnoozeAsync(HttpContext http, Today today, CancellationToken ct) =>
        await today.SnoozeAsync(RunnerIdentity.Find(http), ct) is { } snoozed
            ? TypedResults.Ok(snoozed)
            : ApiSetup.NotFoundProblem("No reminders to put off", "This browser has no movement-break reminders set up.");

    private static async Task<Results<Created, NoContent, ValidationProblem, ProblemHttpResult>> SubscribeAsync(
        HttpContext http, PushSubscriptions subscriptions, PushHosts hosts, IStringLocalizer<Words> words, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PushSubscriptionRequest>(http.Request, PushSubscriptionRequest.Json, "subscription", null, ct);
        if (body.Refused is { } refused)
        {
            return refused;
        }
        if (body.Invalid is { } invalid)
        {
            return invalid;
        }
        var request = body.Value;
        var errors = request?.Check(hosts, words) ?? new() { ["$"] = ["The body is null."] };
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "The push subscription has problems; nothing was stored.");
        }

        return await subscriptions.SubscribeAsync(RunnerIdentity.FindOrCreate(http), request!, CultureInfo.CurrentUICulture.Name, ct)
            ? TypedResults.Created()
            : TypedResults.NoContent();
    }

    private static async Task<NoContent> UnsubscribeAsync(string? endpoint, HttpContext http, PushSubscriptions subscriptions, CancellationToken ct)
    {
        await subscriptions.UnsubscribeAsync(RunnerIdentity.Find(http), endpoint, ct);
        return TypedResults.NoContent();
    }
}

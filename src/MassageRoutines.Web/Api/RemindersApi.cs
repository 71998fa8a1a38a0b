using System.Text.Json;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Http.HttpResults;

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

    private static async Task<Ok<TodayView>> TodayAsync(HttpContext http, Today today, CancellationToken ct) =>
        TypedResults.Ok(await today.OfAsync(RunnerIdentity.Find(http), ct));

    private static async Task<Results<Ok<TodayView>, ProblemHttpResult>> SnoozeAsync(HttpContext http, Today today, CancellationToken ct) =>
        await today.SnoozeAsync(RunnerIdentity.Find(http), ct) is { } snoozed
            ? TypedResults.Ok(snoozed)
            : ApiSetup.NotFoundProblem("No reminders to put off", "This browser has no movement-break reminders set up.");

    private static async Task<Results<Created, NoContent, ValidationProblem, ProblemHttpResult>> SubscribeAsync(
        HttpContext http, PushSubscriptions subscriptions, CancellationToken ct)
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

        return await subscriptions.SubscribeAsync(RunnerIdentity.FindOrCreate(http), request!, ct)
            ? TypedResults.Created()
            : TypedResults.NoContent();
    }

    private static async Task<NoContent> UnsubscribeAsync(string? endpoint, HttpContext http, PushSubscriptions subscriptions, CancellationToken ct)
    {
        await subscriptions.UnsubscribeAsync(RunnerIdentity.Find(http), endpoint, ct);
        return TypedResults.NoContent();
    }
}

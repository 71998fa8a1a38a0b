using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Sessions;

namespace MassageRoutines.Web.Api;

public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/account/data", ExportAsync).RequireAuthorization().WithTags("Account")
            .WithSummary("Everything the app holds about the signed-in account, as one JSON file, streamed.");
        app.MapGet("/api/device/data", ExportDeviceAsync).WithTags("Account")
            .WithSummary("Everything the app holds under this browser's runner id (sessions, their totals, reminders, push subscriptions), as one JSON file, streamed.");
    }

    private static async Task ExportAsync(HttpContext http, RunnerAccounts accounts, CancellationToken ct)
    {
        Download(http);
        await accounts.WriteDataAsync(http.Response.BodyWriter, http.User.UserId(), ct);
    }

    private static async Task ExportDeviceAsync(HttpContext http, RunnerAccounts accounts, CancellationToken ct)
    {
        Download(http);
        await accounts.WriteDeviceDataAsync(http.Response.BodyWriter, RunnerIdentity.Find(http), ct);
    }

    private static void Download(HttpContext http)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"massage-routines-data.json\"";
        http.Response.Headers.CacheControl = "no-store";
    }
}

using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Libraries;

namespace MassageRoutines.Web.Api;

public static class AccountApi
{
    public static void MapAccountApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/account/data", ExportAsync).RequireAuthorization().WithTags("Account")
            .WithSummary("Everything the app holds about the signed-in account, as one JSON file, streamed.");

    private static async Task ExportAsync(HttpContext http, RunnerAccounts accounts, CancellationToken ct)
    {
        http.Response.ContentType = "application/json; charset=utf-8";
        http.Response.Headers.ContentDisposition = "attachment; filename=\"massage-routines-data.json\"";
        http.Response.Headers.CacheControl = "no-store";
        await accounts.WriteDataAsync(http.Response.BodyWriter, http.User.UserId(), ct);
    }
}

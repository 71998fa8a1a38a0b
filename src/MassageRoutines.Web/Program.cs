using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Api;
using MassageRoutines.Web.Building;
using MassageRoutines.Web.Calendar;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Kiosks;
using MassageRoutines.Web.Languages;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Offline;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Pages;
using MassageRoutines.Web.Pages.Play;
using MassageRoutines.Web.Reminders;
using MassageRoutines.Web.Sessions;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.AddTelemetry();
builder.AddForwardedHeaders();
builder.AddPublicSite();
builder.AddStore();
builder.AddLibraries();
builder.AddAccounts();
builder.AddLanguages();
builder.AddApi();
builder.AddLibraryOutputCache();
builder.AddBuilding();
builder.AddPages();
builder.AddPlayPageCompression();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddSessions();
builder.AddReminders();
builder.AddGroups();
builder.AddKiosks();
builder.AddOffline();
builder.AddCalendar();

var app = builder.Build();

// The database is prepared on another core while this thread sets up the pipeline and the endpoints (the
// pages' descriptors alone take about 0.2 s): neither needs the other, and no request comes before both.
var storePrepared = Task.Run(async () =>
{
    await using (await app.LockStartUpAsync())
    {
        await app.PrepareStoreAsync();
        await app.PrepareLibrariesAsync();
        await app.PrepareAccountsAsync();
        await app.PrepareSessionsAsync();
        await app.PrepareRemindersAsync();
    }
});
if (args is [CreateCoachCommand.Name, ..])
{
    await storePrepared;
    return await CreateCoachCommand.RunAsync(app.Services, args);
}

app.UseForwardedHeaders(); // first, so everything after sees the client rather than the proxy
app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseErrorHandling();
app.UseNulByteGuard();
app.UseRouting(); // after the error pages, so a re-executed request is routed again
app.UseAccounts();
app.UseLanguages(); // after the accounts, whose language comes first
app.UseRunnerIdentity();
app.UsePlayPageCompression(); // before the output cache, which keeps the page uncompressed
app.UseLibraryOutputCache();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapApi();
app.MapCalendar();
app.MapHealthEndpoints();
app.MapTelemetry();

await storePrepared;
app.Run();
return 0;

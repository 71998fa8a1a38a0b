using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Api;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Pages;
using MassageRoutines.Web.Sessions;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.AddStore();
builder.AddAccounts();
builder.AddApi();
builder.AddLibraryOutputCache();
builder.AddPages();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddSiteTimeZone();

var app = builder.Build();

await app.PrepareStoreAsync();
await app.PrepareAccountsAsync();
if (args is [CreateCoachCommand.Name, ..])
{
    return await CreateCoachCommand.RunAsync(app.Services, args);
}

app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseErrorHandling();
app.UseFormGuard();
app.UseRouting(); // after the error pages, so a re-executed request is routed again
app.UseAccounts();
app.UseRunnerIdentity();
app.UseOutputCache();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapApi();
app.MapHealthEndpoints();

app.Run();
return 0;

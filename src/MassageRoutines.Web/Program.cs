using MassageRoutines.Web.Api;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;

var builder = WebApplication.CreateBuilder(args);

builder.AddSerilogLogging();
builder.AddStore();
builder.AddApi();
builder.AddLibraryOutputCache();
builder.Services.AddRazorPages();
builder.Services.AddSingleton(TimeProvider.System);
builder.AddSiteTimeZone();

var app = builder.Build();

await app.PrepareStoreAsync();

app.UseRequestLogging();
app.UseSecurityHeaders();
app.UseErrorHandling();
app.UseRouting(); // after the error pages, so a re-executed request is routed again
app.UseOutputCache();

app.MapStaticAssets();
app.MapRazorPages().WithStaticAssets();
app.MapApi();
app.MapHealthEndpoints();

app.Run();

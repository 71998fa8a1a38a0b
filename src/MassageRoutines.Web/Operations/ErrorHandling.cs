using MassageRoutines.Web.Api;

namespace MassageRoutines.Web.Operations;

public static class ErrorHandling
{
    /// <summary>
    /// The API answers errors with problem details; pages show our own error and not-found pages.
    /// </summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseWhen(context => context.IsApiRequest(), api =>
        {
            api.UseExceptionHandler();
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !context.IsApiRequest(), pages =>
        {
            pages.UseExceptionHandler("/error");
            pages.UseStatusCodePagesWithReExecute("/errors/{0}");
        });
        return app;
    }
}

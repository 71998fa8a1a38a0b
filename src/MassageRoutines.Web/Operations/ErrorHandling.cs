namespace MassageRoutines.Web.Operations;

public static class ErrorHandling
{
    /// <summary>
    /// The API answers errors with problem details; pages show our own error and status pages. A
    /// conflict between two requests (<see cref="Conflicts"/>) is a 409 on both.
    /// </summary>
    public static WebApplication UseErrorHandling(this WebApplication app)
    {
        app.UseWhen(context => context.IsApiRequest(), api =>
        {
            api.UseExceptionHandler(new ExceptionHandlerOptions { StatusCodeSelector = Conflicts.StatusFor });
            api.UseStatusCodePages();
        });
        app.UseWhen(context => !context.IsApiRequest(), pages =>
        {
            pages.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandlingPath = "/error", StatusCodeSelector = Conflicts.StatusFor });
            pages.UseStatusCodePagesWithReExecute("/errors/{0}");
        });
        return app;
    }

    /// <summary>A request to the JSON API (under /api), which is answered with problem details rather than pages.</summary>
    public static bool IsApiRequest(this HttpContext context) => context.Request.Path.StartsWithSegments("/api");
}

namespace MassageRoutines.Web.Operations;

public static class SecurityHeaders
{
    // Scripts and styles come only from our own files: no inline script, no third party.
    private const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
        "media-src 'self'; worker-src 'self'; manifest-src 'self'; object-src 'none'; base-uri 'none'; " +
        "form-action 'self'; frame-ancestors 'none'";

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Strict-Transport-Security (PublicSite sets its age): in Production only, so a developer's
        // browser is not told to insist on HTTPS for localhost; and only on requests that came over HTTPS.
        if (app.Environment.IsProduction())
        {
            app.UseHsts();
        }
        // Set as the response starts, so error pages (the exception handler clears headers) get them too.
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), screen-wake-lock=(self), fullscreen=(self)";
                return Task.CompletedTask;
            });
            return next(context);
        });
        return app;
    }
}

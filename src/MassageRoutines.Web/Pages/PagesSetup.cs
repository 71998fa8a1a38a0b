using MassageRoutines.Web.Accounts;
using MassageRoutines.Web.Pages.Shared;

namespace MassageRoutines.Web.Pages;

public static class PagesSetup
{
    /// <summary>
    /// Razor Pages: a POST (or any method but GET and HEAD) to a page without a handler for it is a 405
    /// (<see cref="HandlerRequiredFilter"/>); form values bind with <see cref="FormBinding"/>'s binders and messages;
    /// and every page in Pages/Coach needs the Coach policy (as endpoint metadata, which the access-control
    /// test reads from the routing table).
    /// </summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        builder.Services.AddRazorPages(pages =>
        {
            pages.Conventions.ConfigureFilter(new HandlerRequiredFilter());
            pages.Conventions.AuthorizeFolder("/Coach", AccountsSetup.CoachPolicy);
        }).AddMvcOptions(FormBinding.Configure)
            // Validation attributes' messages are keys of Words, like every other phrase.
            .AddDataAnnotationsLocalization(options => options.DataAnnotationLocalizerProvider = (_, factory) => factory.Create(typeof(Words)));

        // MapStaticAssets serves the compressed copies the build made; a build (not a publish) keeps
        // them under obj/, which only this manifest points to. Without it, an app started from a build
        // outside Development answered gzip requests with empty files. A publish has no manifest, and
        // its files sit in wwwroot, so this changes nothing there.
        builder.WebHost.UseStaticWebAssets();
        return builder;
    }
}

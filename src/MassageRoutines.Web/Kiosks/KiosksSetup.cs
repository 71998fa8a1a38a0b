namespace MassageRoutines.Web.Kiosks;

public static class KiosksSetup
{
    /// <summary>Gym kiosks: registered by coaches, each at its own secret address.</summary>
    public static WebApplicationBuilder AddKiosks(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<GymKiosks>();
        builder.Services.PostConfigure<RequestLocalizationOptions>(options => options.RequestCultureProviders.Insert(0, new KioskLanguageProvider()));
        return builder;
    }
}

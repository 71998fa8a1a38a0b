namespace MassageRoutines.Web.Building;

public static class BuildingSetup
{
    public static WebApplicationBuilder AddBuilding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BuildingOptions>().BindConfiguration(BuildingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<NewBuildLimit>();
        builder.Services.AddScoped<TailoredRoutines>();
        return builder;
    }
}

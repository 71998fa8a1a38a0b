namespace MassageRoutines.Web.Building;

public static class BuildingSetup
{
    public static WebApplicationBuilder AddBuilding(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<RoutineBuilding>();
        return builder;
    }
}

namespace MassageRoutines.Web.Groups;

public static class GroupsSetup
{
    /// <summary>Coaches' groups: members, co-coaches, the weekly plan and adherence.</summary>
    public static WebApplicationBuilder AddGroups(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<CoachGroups>();
        builder.Services.AddScoped<GroupPlans>();
        builder.Services.AddScoped<GroupMembership>();
        return builder;
    }
}

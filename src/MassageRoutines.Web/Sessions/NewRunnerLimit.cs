using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Sessions;

/// <summary>
/// Each session post without a runner cookie makes a new anonymous runner, so a client that drops its
/// cookies could fill the database with runners. Such posts are limited per client
/// (<c>Sessions:NewRunnersPerMinute</c>); a runner the app knows is never held back by it.
/// </summary>
public static class NewRunnerLimit
{
    public const string Name = "new-runner";

    public static WebApplicationBuilder AddNewRunnerLimit(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<SessionsOptions>().BindConfiguration(SessionsOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddLimit(Name, http => HttpMethods.IsPost(http.Request.Method) && RunnerIdentity.Find(http) is null,
            http => http.RequestServices.GetRequiredService<IOptions<SessionsOptions>>().Value.NewRunnersPerMinute);
        return builder;
    }
}

using MassageRoutines.Web.Data;
using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Options;
using Microsoft.AspNetCore.DataProtection;

namespace MassageRoutines.Web.Reminders;

public static class RemindersSetup
{
    /// <summary>The rate limit on new push subscriptions, per client ("Reminders:SubscriptionsPerMinute").</summary>
    public const string SubscriptionLimit = "push-subscriptions";

    /// <summary>Movement-break reminders: in the open app by the page's own timer, in a closed one by Web Push from <see cref="ReminderPushService"/>.</summary>
    public static WebApplicationBuilder AddReminders(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<RemindersOptions>().BindConfiguration(RemindersOptions.Section)
            .ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddScoped<Today>();
        builder.Services.AddScoped<MovementBreaks>();
        builder.Services.AddScoped<PushSubscriptions>();
        builder.Services.AddSingleton<VapidKeyring>();
        builder.Services.AddSingleton<ReminderPusher>();
        builder.Services.AddTransient<VapidAudienceHandler>();
        builder.Services.AddSingleton<PushHosts>();
        builder.Services.AddHttpClient(ReminderPusher.HttpClientName, (services, client) =>
                client.Timeout = TimeSpan.FromSeconds(services.GetRequiredService<IOptions<RemindersOptions>>().Value.PushTimeoutSeconds))
            .ConfigurePrimaryHttpMessageHandler(services => PushConnections.Handler(services.GetRequiredService<IOptions<RemindersOptions>>().Value))
            .AddHttpMessageHandler<VapidAudienceHandler>();
        // Posting a subscription counts; forgetting one does not.
        builder.Services.AddLimit(SubscriptionLimit, http => HttpMethods.IsPost(http.Request.Method),
            http => http.RequestServices.GetRequiredService<IOptions<RemindersOptions>>().Value.SubscriptionsPerMinute);
        builder.Services.AddHostedService<ReminderPushService>();
        return builder;
    }

    /// <summary>Makes the VAPID key pair on first start; called under the start-up lock.</summary>
    public static async Task PrepareRemindersAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await VapidKeyring.EnsureAsync(scope.ServiceProvider.GetRequiredService<MassageDbContext>(), app.Services.GetRequiredService<IDataProtectionProvider>(),
            app.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime, CancellationToken.None);
    }
}

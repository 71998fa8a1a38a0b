using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Reminders;

/// <summary>Runs a <see cref="ReminderPusher"/> round every few seconds ("Reminders:PushEverySeconds"; 0 turns it off).</summary>
public sealed class ReminderPushService(ReminderPusher pusher, TimeProvider time, IOptions<RemindersOptions> options, ILogger<ReminderPushService> logger)
    : BackgroundService
{
    /// <summary>The setting's name, for tests that turn pushing on or off.</summary>
    public const string Setting = $"{RemindersOptions.Section}:{nameof(RemindersOptions.PushEverySeconds)}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var seconds = options.Value.PushEverySeconds;
        if (seconds <= 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(seconds), time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await pusher.PushDueAsync(stoppingToken);
                }
                catch (Exception e) when (!stoppingToken.IsCancellationRequested)
                {
                    logger.LogError(e, "A round of reminder pushes failed; the next round tries again");
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }
}

using System.Diagnostics;

namespace MassageRoutines.Testing;

/// <summary>Waiting for something another instance or process does on its own time.</summary>
public static class Eventually
{
    /// <summary>
    /// Far longer than anything here should take, so a slow machine cannot fail a test: this bounds a
    /// wait, it does not measure speed (scripts/benchmark.sh does).
    /// </summary>
    public static readonly TimeSpan Deadline = TimeSpan.FromSeconds(15);

    /// <summary>Polls until <paramref name="condition"/> holds, and says how long that took; fails after <see cref="Deadline"/>.</summary>
    public static async Task<TimeSpan> TrueAsync(Func<Task<bool>> condition, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > Deadline)
            {
                Assert.Fail($"After {Deadline.TotalSeconds:F0} s, still not: {what}.");
            }
            await Task.Delay(20);
        }
        return clock.Elapsed;
    }
}

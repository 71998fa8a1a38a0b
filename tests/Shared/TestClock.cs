namespace MassageRoutines.Testing;

/// <summary>The app's clock in tests: real time until a test pins it, or sets it running from a chosen instant.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? pinned;
    private TimeSpan shift;

    public void Pin(DateTimeOffset now) => pinned = now;

    /// <summary>
    /// Runs on at real speed from <paramref name="instant"/>: for a test where time must pass (a browser's own
    /// timers wait on it) but whose outcome depends on the time of day.
    /// </summary>
    public void RunFrom(DateTimeOffset instant)
    {
        pinned = null;
        shift = instant - base.GetUtcNow();
    }

    /// <summary>Back to real time, for an app that tests share.</summary>
    public void Reset()
    {
        pinned = null;
        shift = TimeSpan.Zero;
    }

    public override DateTimeOffset GetUtcNow() => pinned ?? base.GetUtcNow() + shift;
}

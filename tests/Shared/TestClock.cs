namespace MassageRoutines.Testing;

/// <summary>The app's clock in tests: real time until a test pins it.</summary>
public sealed class TestClock : TimeProvider
{
    private DateTimeOffset? pinned;

    public void Pin(DateTimeOffset now) => pinned = now;

    public override DateTimeOffset GetUtcNow() => pinned ?? base.GetUtcNow();
}

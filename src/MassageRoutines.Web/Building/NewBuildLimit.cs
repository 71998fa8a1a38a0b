using System.Threading.RateLimiting;
using MassageRoutines.Web.Operations;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Building;

/// <summary>
/// How many routines never built before one client may store a minute (<c>Building:NewRoutinesPerMinute</c>).
/// Unlike the request limits (<see cref="RateLimits"/>), it counts only builds that add a row, so it is
/// acquired by <see cref="TailoredRoutines"/> once it knows a build is new, never for a request as such.
/// </summary>
public sealed class NewBuildLimit(IOptions<BuildingOptions> options) : IDisposable
{
    private readonly PartitionedRateLimiter<string> limiter = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => RateLimits.PerMinute(options.Value.NewRoutinesPerMinute)));

    /// <returns>Null when the client may store one more; otherwise how long it must wait.</returns>
    public TimeSpan? TryTake(string client)
    {
        using var lease = limiter.AttemptAcquire(client);
        return RateLimits.Refusal(lease);
    }

    public void Dispose() => limiter.Dispose();
}

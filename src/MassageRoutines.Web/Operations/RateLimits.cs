using System.Globalization;
using System.Threading.RateLimiting;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// Every limit the app sets is counted per client address in one-minute windows, and every 429 says
/// when to come back (Retry-After). Features name their limits as policies of ASP.NET Core's rate
/// limiter (<see cref="AddLimit"/>); a limit that counts only some of what a request does (new built
/// routines) acquires from its own limiter and answers with <see cref="SetRetryAfter"/> the same way.
/// </summary>
public static class RateLimits
{
    public static FixedWindowRateLimiterOptions PerMinute(int permits) =>
        new() { PermitLimit = permits, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 };

    /// <summary>A named policy for <c>[EnableRateLimiting(name)]</c>: its requests, per client, at most <paramref name="permits"/> a minute.</summary>
    public static IServiceCollection AddLimit(this IServiceCollection services, string name, Func<HttpContext, bool> counts, Func<HttpContext, int> permits) =>
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                if (context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after))
                {
                    SetRetryAfter(context.HttpContext.Response, after);
                }
                return ValueTask.CompletedTask;
            };
            limiter.AddPolicy(name, http => counts(http)
                ? RateLimitPartition.GetFixedWindowLimiter(ForwardedHeadersSetup.ClientAddress(http), _ => PerMinute(permits(http)))
                : RateLimitPartition.GetNoLimiter("not counted"));
        });

    /// <summary>How long a refused lease asks to wait, or null when it was granted.</summary>
    public static TimeSpan? Refusal(RateLimitLease lease) =>
        lease.IsAcquired ? null : lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(1);

    /// <summary>Retry-After in whole seconds, rounded up.</summary>
    public static void SetRetryAfter(HttpResponse response, TimeSpan after) =>
        response.Headers.RetryAfter = ((int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
}

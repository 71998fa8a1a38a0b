using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Sessions;
using MassageRoutines.Web.Tests.Sessions;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Groups;

public class AdherenceTests(AppFactory app) : IClassFixture<AppFactory>
{
    // Thursday 26 November 2026, 18:00 UTC; 20:00 in Helsinki.
    private static readonly DateTime Now = new(2026, 11, 26, 18, 0, 0, DateTimeKind.Utc);
    private static readonly SiteTimeZone Helsinki = new(TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki"));

    private static SessionLog Log(string userId, DateTime startedUtc, string routine = "daily-one", int? discomfort = null, bool painStop = false)
    {
        var log = RunnerHistoryTests.Log(startedUtc, discomfort: discomfort, pain: painStop ? [new PainEvent(0, Symptom.SharpPain, null, PainChoice.EndSession)] : null);
        log.AccountId = userId;
        log.RoutineSlug = routine;
        return log;
    }

    [Fact]
    public async Task Each_member_gets_four_weeks_of_planned_and_all_sessions_pain_stops_and_discomfort_counted_in_the_sites_days()
    {
        var coach = await app.CreateCoachAsync($"coach-{Guid.NewGuid():N}@example.com");
        var busy = await app.CreateUserAsync($"a-busy-{Guid.NewGuid():N}@example.com");
        var idle = await app.CreateUserAsync($"b-idle-{Guid.NewGuid():N}@example.com");
        var outsider = await app.CreateUserAsync($"outsider-{Guid.NewGuid():N}@example.com");
        var group = await app.CreateGroupAsync(coach, "Tuesday track",
        [
            new PlanItem { RoutineSlug = "daily-one", Timing = PlanTiming.Daily },
            new PlanItem { RoutineSlug = "track-days", Timing = PlanTiming.AfterRun, Days = [DayOfWeek.Tuesday, DayOfWeek.Thursday] },
        ], busy, idle);
        await app.WithDbAsync(db =>
        {
            db.SessionLogs.AddRange(
                // This week (Friday 20 to Thursday 26 November, Helsinki days).
                Log(busy, Now.AddHours(-1), discomfort: 4),
                Log(busy, Now.AddDays(-6).AddHours(-20).AddMinutes(1), discomfort: 6), // 00:01 on Friday 20th in Helsinki, still the 19th in UTC
                Log(busy, Now.AddDays(-2), routine: "track-days", painStop: true),
                Log(busy, Now.AddDays(-3), routine: "something-else"),
                // The week before the three before it: 30 October to 5 November.
                Log(busy, Now.AddDays(-27), discomfort: 2),
                // Too old: 23:59 on Thursday 29 October in Helsinki, and older.
                Log(busy, Now.AddDays(-27).AddHours(-20).AddMinutes(-1), discomfort: 9),
                Log(busy, Now.AddDays(-40)),
                // Not a member.
                Log(outsider, Now.AddHours(-2)));
            return db.SaveChangesAsync();
        });

        var adherence = await app.WithDbAsync(db => Adherence.OfGroupAsync(db, group.Id, Now, Helsinki, CancellationToken.None));

        Assert.Equal(9, adherence.PlannedPerWeek);
        Assert.Equal([new(new(2026, 10, 30), new(2026, 11, 5)), new(new(2026, 11, 6), new(2026, 11, 12)), new(new(2026, 11, 13), new(2026, 11, 19)), new AdherenceWeek(new(2026, 11, 20), new(2026, 11, 26))],
            adherence.Weeks);
        Assert.Equal(2, adherence.Members.Count);
        var (first, second) = (adherence.Members[0], adherence.Members[1]);
        Assert.Equal([new(1, 1, 0, 2.0), WeekCounts.None, WeekCounts.None, new WeekCounts(3, 4, 1, 5.0)], first.Weeks);
        Assert.Equal(Trend.Rising, first.DiscomfortTrend);
        Assert.Equal([WeekCounts.None, WeekCounts.None, WeekCounts.None, WeekCounts.None], second.Weeks);
        Assert.Equal(Trend.NotEnoughData, second.DiscomfortTrend);
    }

    [Theory]
    [InlineData(new[] { 3.0, 3.9 }, Trend.Steady)]
    [InlineData(new[] { 3.0, 4.0 }, Trend.Rising)]
    [InlineData(new[] { 6.0, 2.0 }, Trend.Falling)]
    [InlineData(new[] { 5.0 }, Trend.NotEnoughData)]
    public void The_discomfort_trend_compares_the_last_week_reported_with_the_first(double[] reported, Trend trend)
    {
        var weeks = reported.Select(d => new WeekCounts(1, 1, 0, d)).Prepend(WeekCounts.None).ToList();

        Assert.Equal(trend, new MemberAdherence("runner@example.com", Now, weeks).DiscomfortTrend);
    }

    [SqliteFact]
    [Trait("Database", "Sqlite")]
    public async Task The_count_finds_the_members_sessions_through_the_runner_and_start_time_index()
    {
        var plan = await app.WithDbAsync(async db =>
        {
            var starts = Enumerable.Range(0, Adherence.WeekCount).Select(w => Now.AddDays(7 * (w - Adherence.WeekCount))).ToList();
            var sql = Adherence.SessionWeeks(db, db.GroupMembers.Where(m => m.GroupId == 1).Select(m => m.UserId), ["daily-one"], starts, Now).ToQueryString();
            var connection = db.Database.GetDbConnection();
            await connection.OpenAsync();
            await using var explain = connection.CreateCommand();
            // Unbound parameters are null to SQLite: the plan does not depend on their values.
            explain.CommandText = "EXPLAIN QUERY PLAN " + string.Join("\n", sql.Split('\n').Where(line => !line.StartsWith(".param", StringComparison.Ordinal)));
            await using var reader = await explain.ExecuteReaderAsync();
            var steps = new List<string>();
            while (await reader.ReadAsync())
            {
                steps.Add(reader.GetString(3));
            }
            return steps;
        });

        Assert.Contains(plan, step => step.Contains("USING INDEX IX_SessionLogs_AccountId_StartedAt_Id (AccountId=? AND StartedAt>? AND StartedAt<?)"));
        Assert.DoesNotContain(plan, step => step.StartsWith("SCAN", StringComparison.Ordinal));
    }
}

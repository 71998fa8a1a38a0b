using System.Buffers.Text;
using System.Linq.Expressions;
using System.Security.Claims;
using System.Security.Cryptography;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Groups;
using MassageRoutines.Web.Languages;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Calendar;

/// <summary>What a calendar feed holds: a member's plans, a group's plan, or a movement-break schedule.</summary>
public enum CalendarFeedOf { MemberPlan, GroupPlan, MovementBreaks }

/// <summary>A feed as it is served: the iCalendar text and the file name it is offered under.</summary>
public sealed record CalendarFile(string Text, string FileName);

/// <summary>
/// The secret addresses of calendar feeds (/calendar/{token}), which calendar apps read without a cookie:
/// made the first time a page shows one, replaced on request (the old address then answers 404), and
/// the feed each one names.
/// </summary>
public sealed class CalendarFeeds(MassageDbContext db, PlanCalendars plans, BreakCalendars breaks)
{
    /// <summary>The member's feed address, made now if they have none.</summary>
    public Task<string> MemberTokenAsync(string userId, CancellationToken ct) =>
        EnsureAsync(f => f.UserId == userId, () => new CalendarFeed { Token = NewToken(), UserId = userId }, ct);

    public Task ReplaceMemberTokenAsync(string userId, CancellationToken ct) =>
        ReplaceAsync(f => f.UserId == userId, () => new CalendarFeed { Token = NewToken(), UserId = userId }, ct);

    /// <summary>The group's feed address, made now if it has none; null when this coach does not coach the group.</summary>
    public async Task<string?> GroupTokenAsync(ClaimsPrincipal coach, int group, CancellationToken ct) =>
        await db.Groups.CoachedBy(coach).AnyAsync(g => g.Id == group, ct)
            ? await EnsureAsync(f => f.GroupId == group, () => new CalendarFeed { Token = NewToken(), GroupId = group }, ct)
            : null;

    /// <summary>A new address for the group's feed; false when this coach does not coach the group.</summary>
    public async Task<bool> ReplaceGroupTokenAsync(ClaimsPrincipal coach, int group, CancellationToken ct)
    {
        if (!await db.Groups.CoachedBy(coach).AnyAsync(g => g.Id == group, ct))
        {
            return false;
        }
        await ReplaceAsync(f => f.GroupId == group, () => new CalendarFeed { Token = NewToken(), GroupId = group }, ct);
        return true;
    }

    /// <summary>The feed address of the runner's movement breaks, made now if it has none; null when they have no reminders.</summary>
    public async Task<string?> BreaksTokenAsync(OwnerKey? runner, CancellationToken ct)
    {
        if (runner is not { } owner)
        {
            return null;
        }
        var token = NewToken();
        // Only where there is none yet, so two pages shown at once agree on one address.
        await db.ReminderSettings.OwnedBy(owner).Where(r => r.CalendarToken == null).ExecuteUpdateAsync(s => s.SetProperty(r => r.CalendarToken, token), ct);
        return await db.ReminderSettings.OwnedBy(owner).Select(r => r.CalendarToken).FirstOrDefaultAsync(ct);
    }

    /// <summary>A new address for the runner's movement-break feed; false when they have no reminders.</summary>
    public async Task<bool> ReplaceBreaksTokenAsync(OwnerKey? runner, CancellationToken ct)
    {
        var token = NewToken();
        return runner is { } owner
            && await db.ReminderSettings.OwnedBy(owner).ExecuteUpdateAsync(s => s.SetProperty(r => r.CalendarToken, token), ct) > 0;
    }

    /// <summary>
    /// The feed at this address, or null when no feed has it (never had, or replaced since). A member's
    /// feed, and the movement breaks of an account, are in the account's language, whatever the calendar
    /// app asks for, so the feed does not change language from one reader to the next. A group's feed is
    /// in its coaches' language when they share one (any coach may have handed out its address); else in
    /// the language the calendar app asks for. A device's movement breaks are in English.
    /// </summary>
    public async Task<CalendarFile?> FileAsync(string token, HttpContext http, CancellationToken ct)
    {
        if (token.Length > CalendarFeed.MaxTokenLength)
        {
            return null;
        }
        var feed = await db.CalendarFeeds.AsNoTracking().FirstOrDefaultAsync(f => f.Token == token, ct);
        if (feed?.UserId is { } userId)
        {
            using (LanguageScope.Use(await LanguageOfAsync(userId, ct)))
            {
                return await plans.OfMemberAsync(userId, http, ct);
            }
        }
        if (feed?.GroupId is { } groupId)
        {
            using (LanguageScope.Use(await CoachesLanguageAsync(groupId, ct)))
            {
                return await plans.OfGroupAsync(groupId, http, ct);
            }
        }
        var schedule = await db.ReminderSettings.AsNoTracking().FirstOrDefaultAsync(r => r.CalendarToken == token, ct);
        if (schedule is null)
        {
            return null;
        }
        using (LanguageScope.Use(schedule.OwnerKind == OwnerKind.Account ? await LanguageOfAsync(schedule.OwnerId, ct) : LanguagesSetup.Default))
        {
            return breaks.Of(schedule, http);
        }
    }

    /// <summary>The language kept on the accounts of all the group's coaches, when it is one; else null (the request's).</summary>
    private async Task<string?> CoachesLanguageAsync(int groupId, CancellationToken ct)
    {
        var coaches = db.Groups.Where(g => g.Id == groupId).SelectMany(g => g.Coaches).Select(c => c.UserId);
        var kept = await db.UserClaims.Where(c => c.ClaimType == AccountLanguageProvider.ClaimType && coaches.Contains(c.UserId))
            .Select(c => new { c.UserId, c.ClaimValue }).ToListAsync(ct);
        var languages = kept.Select(c => c.ClaimValue).Distinct().ToList();
        // A coach with no language kept reads English there.
        var everyCoachKeptOne = kept.Select(c => c.UserId).Distinct().Count() == await coaches.CountAsync(ct);
        return everyCoachKeptOne && languages is [var code] && LanguagesSetup.IsSpoken(code) ? code : null;
    }

    /// <summary>The language kept on the account, or English.</summary>
    private async Task<string> LanguageOfAsync(string userId, CancellationToken ct) =>
        await db.UserClaims.Where(c => c.UserId == userId && c.ClaimType == AccountLanguageProvider.ClaimType)
            .Select(c => c.ClaimValue).FirstOrDefaultAsync(ct) is { } code && LanguagesSetup.IsSpoken(code)
            ? code
            : LanguagesSetup.Default;

    private async Task<string> EnsureAsync(Expression<Func<CalendarFeed, bool>> whose, Func<CalendarFeed> make, CancellationToken ct)
    {
        if (await db.CalendarFeeds.Where(whose).Select(f => f.Token).FirstOrDefaultAsync(ct) is { } token)
        {
            return token;
        }
        var feed = make();
        db.CalendarFeeds.Add(feed);
        try
        {
            await db.SaveChangesAsync(ct);
            return feed.Token;
        }
        catch (DbUpdateException)
        {
            // Another request made it at the same moment: theirs is the address.
            db.Entry(feed).State = EntityState.Detached;
            return await db.CalendarFeeds.Where(whose).Select(f => f.Token).FirstAsync(ct);
        }
    }

    private async Task ReplaceAsync(Expression<Func<CalendarFeed, bool>> whose, Func<CalendarFeed> make, CancellationToken ct)
    {
        var token = NewToken();
        if (await db.CalendarFeeds.Where(whose).ExecuteUpdateAsync(s => s.SetProperty(f => f.Token, token), ct) == 0)
        {
            await EnsureAsync(whose, make, ct);
        }
    }

    private static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
}

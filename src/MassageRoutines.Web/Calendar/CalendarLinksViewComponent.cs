using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using MassageRoutines.Web.Sessions;
using Microsoft.AspNetCore.Mvc;

namespace MassageRoutines.Web.Calendar;

/// <summary>A feed's two addresses: webcal: (opens the calendar app to subscribe) and https (to paste into one).</summary>
public sealed record CalendarLinks(CalendarFeedOf Of, string Https, string Webcal);

/// <summary>
/// "In your calendar" on the plan page, a group's page and the reminders page: the feed's addresses (made the
/// first time they are shown) and a button to replace them. Nothing shows when there is no feed to offer
/// (a coach of another group, a runner with no reminders).
/// </summary>
public sealed class CalendarLinksViewComponent(CalendarFeeds feeds, PublicLinks links, LinkGenerator routes) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(CalendarFeedOf of, int group = 0)
    {
        var ct = HttpContext.RequestAborted;
        var token = of switch
        {
            CalendarFeedOf.MemberPlan when HttpContext.User.Identity?.IsAuthenticated == true => await feeds.MemberTokenAsync(HttpContext.User.UserId(), ct),
            CalendarFeedOf.GroupPlan => await feeds.GroupTokenAsync(HttpContext.User, group, ct),
            CalendarFeedOf.MovementBreaks => await feeds.BreaksTokenAsync(RunnerIdentity.Find(HttpContext), ct),
            _ => null,
        };
        if (token is null)
        {
            return Content("");
        }
        var https = links.To(Request, routes.GetPathByName(HttpContext, CalendarSetup.FeedEndpoint, new { token })!);
        return View(new CalendarLinks(of, https, "webcal" + https[https.IndexOf(':')..]));
    }
}

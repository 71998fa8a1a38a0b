using System.Security.Claims;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// Every /coach page needs the Coach role (a folder convention); these add the second check: a coach
/// works only on libraries they own or were added to. Anything else is answered as not found.
/// </summary>
public static class CoachAccess
{
    public static string UserId(this ClaimsPrincipal user) =>
        user.FindFirstValue(ClaimTypes.NameIdentifier) ?? throw new InvalidOperationException("A coach page was reached without a signed-in user.");

    public static IQueryable<Library> EditableBy(this IQueryable<Library> libraries, ClaimsPrincipal user)
    {
        var id = user.UserId();
        return libraries.Where(l => !l.IsReadOnly && l.Editors.Any(e => e.UserId == id));
    }

    public static Task<Library?> EditableLibraryAsync(this MassageDbContext db, ClaimsPrincipal user, string slug, CancellationToken ct) =>
        db.Libraries.EditableBy(user).FirstOrDefaultAsync(l => l.Slug == slug, ct);
}

using System.Text;
using System.Text.RegularExpressions;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>
/// Slugs are unique across the site, so every /moves/{slug} and /routines/{slug} URL means one thing.
/// New ones are made from a name (or a copied slug) and numbered when taken. Built routines have
/// slugs of their own form, "built-" and 16 hex digits, which no coach's routine may take.
/// </summary>
public static partial class SiteSlugs
{
    private const string BuiltPrefix = "built-";

    /// <summary>A built routine's slug, from the hash of what was built.</summary>
    public static string Built(string hash) => BuiltPrefix + hash[..16];

    /// <summary>Whether the slug is a built routine's; null (a route value of only whitespace binds as null) is no one's.</summary>
    public static bool IsBuilt(string? slug) => slug is not null && BuiltSlug().IsMatch(slug);

    [GeneratedRegex("^built-[0-9a-f]{16}$")]
    private static partial Regex BuiltSlug();

    public static string FromName(string name)
    {
        var slug = new StringBuilder();
        foreach (var c in name.ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }
        var text = slug.ToString().Trim('-');
        return text.Length == 0 ? "untitled" : text[..Math.Min(text.Length, Slugs.MaxLength)].Trim('-');
    }

    public static Task<string> FreeLibrarySlugAsync(MassageDbContext db, string wanted) =>
        FreeAsync(wanted, slug => db.Libraries.AnyAsync(l => l.Slug == slug));

    /// <summary>In editor URLs, "new" stands for a move or routine not made yet, so no slug is "new".</summary>
    public const string New = Slugs.New;

    public static Task<string> FreeMoveSlugAsync(MassageDbContext db, string wanted, ISet<string> alsoTaken) =>
        FreeAsync(wanted, async slug => slug == New || alsoTaken.Contains(slug) || await db.Moves.AnyAsync(m => m.Slug == slug));

    public static Task<string> FreeRoutineSlugAsync(MassageDbContext db, string wanted, ISet<string> alsoTaken) =>
        FreeAsync(wanted, async slug => slug == New || IsBuilt(slug) || alsoTaken.Contains(slug) || await db.Routines.AnyAsync(r => r.Slug == slug));

    private static async Task<string> FreeAsync(string wanted, Func<string, Task<bool>> taken)
    {
        wanted = FromName(wanted);
        for (var n = 1; ; n++)
        {
            var suffix = n == 1 ? "" : $"-{n}";
            var slug = wanted[..Math.Min(wanted.Length, Slugs.MaxLength - suffix.Length)].TrimEnd('-') + suffix;
            if (!await taken(slug))
            {
                return slug;
            }
        }
    }
}

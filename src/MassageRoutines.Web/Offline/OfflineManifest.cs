using System.Globalization;
using System.Reflection;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Offline;

/// <summary>
/// What the runner's service worker keeps so that a routine plays with no signal (wwwroot/sw.js), and
/// the version of it: the worker fills a cache per version, completely, before it uses it.
/// </summary>
/// <param name="Version">Changes whenever anything listed would answer differently: a library change, another person, another language, a new build.</param>
/// <param name="Person">Who the list is for, as a one-way digest ("" for an anonymous runner); the worker drops what it kept for anyone else at once.</param>
/// <param name="Language">The language the pages are kept in: the worker asks for it, as it sends no cookie that would say it.</param>
/// <param name="Urls">The pages and API answers to keep. The worker adds the style sheets and modules those pages load.</param>
public sealed record OfflineManifest(string Version, string Person, string Language, IReadOnlyList<string> Urls);

/// <summary>
/// Lists every published routine of the library and the routines the runner's groups plan: for each,
/// its page, its player, every timeline the player can ask for, and its moves' pictures. The pages
/// are kept as an anonymous visitor gets them (the worker fetches them without cookies), so what is
/// kept names no one and carries no one's antiforgery token.
/// </summary>
public sealed class OfflineManifests(PublishedLibrary library, MassageDbContext db)
{
    // A new build may change any page or module: its id is part of every version.
    private static readonly string Build = Assembly.GetExecutingAssembly().ManifestModule.ModuleVersionId.ToString("N");

    /// <summary>The player's lengths ("" is as written) and warm-up choices, as its setup form offers them.</summary>
    private static readonly string[] Lengths = ["", "5", "10"];
    private static readonly string[] WarmUps = ["gate", "timed"];

    public async Task<OfflineManifest> ForAsync(ClaimsPrincipal runner, CancellationToken ct)
    {
        var userId = runner.Identity?.IsAuthenticated == true ? runner.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var routines = (await library.RoutinesAsync()).ToDictionary(r => r.Routine.Slug);
        if (userId is not null)
        {
            var planned = await db.PlanItems.AsNoTracking()
                .Where(item => db.GroupMembers.Any(m => m.GroupId == item.GroupId && m.UserId == userId))
                .Select(item => item.RoutineSlug).Distinct().ToListAsync(ct);
            foreach (var (slug, routine) in await library.RoutinesAsync(planned))
            {
                routines.TryAdd(slug, routine);
            }
        }

        var urls = new List<string> { "/", "/routines" };
        var fingerprint = new StringBuilder(Build).Append('\n');
        foreach (var routine in routines.Values.Select(r => r.Routine).OrderBy(r => r.Slug, StringComparer.Ordinal))
        {
            var slug = Uri.EscapeDataString(routine.Slug);
            urls.Add($"/routines/{slug}");
            urls.Add($"/play/{slug}");
            urls.AddRange(TimelinesOf(routine));
            fingerprint.Append(CultureInfo.InvariantCulture, $"{routine.Slug}@{routine.Version}:{routines[routine.Slug].LibraryName}\n");
        }
        var moves = routines.Values.SelectMany(r => r.Routine.Items).Select(i => i.Move.Slug).Distinct().Order(StringComparer.Ordinal);
        foreach (var slug in moves)
        {
            // Only a published move has pictures to fetch; its text can change without a routine's version.
            if (await library.MoveAsync(slug) is { } move)
            {
                urls.Add($"/api/moves/{Uri.EscapeDataString(slug)}/pictures");
                fingerprint.Append(slug).Append(':').Append(System.Text.Json.JsonSerializer.Serialize(move.Move)).Append('\n');
            }
        }
        var person = userId is null ? "" : Digest(userId)[..16];
        var language = CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
        fingerprint.Append(person).Append('\n').Append(language).Append('\n').AppendJoin('\n', urls);
        return new OfflineManifest(Digest(fingerprint.ToString())[..16], person, language, urls);
    }

    /// <summary>Each timeline the player may fetch for this routine: each length and warm-up, and each lighter one.</summary>
    private static IEnumerable<string> TimelinesOf(Routine routine)
    {
        var warmUps = routine.RequiredWarmUpMinutes > 0 ? WarmUps : [""];
        foreach (var minutes in Lengths)
        {
            foreach (var warmUp in warmUps)
            {
                var query = string.Join('&', new[] { ("minutes", minutes), ("warmup", warmUp) }
                    .Where(p => p.Item2 != "").Select(p => $"{p.Item1}={p.Item2}"));
                var url = $"/api/routines/{Uri.EscapeDataString(routine.Slug)}/timeline?{query}";
                yield return url;
                yield return $"{url}{(query == "" ? "" : "&")}intensity=gentle";
            }
        }
    }

    private static string Digest(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}

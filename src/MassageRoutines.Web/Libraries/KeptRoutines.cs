using System.Security.Claims;
using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Libraries;

/// <summary>A built routine a runner keeps, by their name for it, with its length.</summary>
public sealed record KeptRoutine(int Id, string Name, Routine Routine, int BoutSeconds);

/// <summary>A problem with keeping or renaming, at its field ("" for the whole form), said in the reader's language where it is shown.</summary>
public sealed record KeepProblem(string Field, Wording Message);

/// <summary>What keeping or renaming came to: the name kept, or problems by field.</summary>
public sealed record KeepResult(string Name, IReadOnlyList<KeepProblem> Problems);

/// <summary>
/// The built routines a signed-in runner keeps under My routines, by names of their own: kept from the
/// builder's page, renamed and forgotten. Each runner sees and changes only their own.
/// </summary>
public sealed class KeptRoutines(MassageDbContext db, TimeProvider time)
{
    public async Task<IReadOnlyList<KeptRoutine>> ListAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = user.UserId();
        var kept = await db.SavedRoutines.AsNoTracking().Where(s => s.UserId == userId).OrderBy(s => s.Name).ThenBy(s => s.Id)
            .Select(s => new { s.Id, s.Name, s.BuiltRoutine })
            .Take(SavedRoutine.MaxPerRunner).ToListAsync(ct);
        return kept.Select(k =>
        {
            var routine = k.BuiltRoutine!.ToRoutine();
            return new KeptRoutine(k.Id, k.Name, routine, TimelineBuilder.Build(routine).BoutSeconds);
        }).ToList();
    }

    /// <summary>Keeps a built routine under a name; keeping one already kept renames it.</summary>
    /// <param name="nameField">The field a problem with the name is reported at.</param>
    public async Task<KeepResult> KeepAsync(ClaimsPrincipal user, string? slug, string? name, string nameField, CancellationToken ct)
    {
        var userId = user.UserId();
        var problems = new List<KeepProblem>();
        var text = CheckName(name, nameField, problems);
        var built = SiteSlugs.IsBuilt(slug ?? "") ? await db.BuiltRoutines.FirstOrDefaultAsync(b => b.Slug == slug, ct) : null;
        if (built is null)
        {
            problems.Add(new("slug", new Wording("Only a routine built for you can be kept here: build one first.")));
        }
        var saved = built is null ? null : await db.SavedRoutines.FirstOrDefaultAsync(s => s.UserId == userId && s.BuiltRoutineId == built.Id, ct);
        if (built is not null && saved is null && await db.SavedRoutines.CountAsync(s => s.UserId == userId, ct) >= SavedRoutine.MaxPerRunner)
        {
            problems.Add(new("", new Wording("You keep {0} routines already: remove one first.", SavedRoutine.MaxPerRunner)));
        }
        if (problems.Count > 0)
        {
            return new(text, problems);
        }

        if (saved is null)
        {
            db.SavedRoutines.Add(new SavedRoutine { UserId = userId, BuiltRoutineId = built!.Id, Name = text, SavedAt = time.GetUtcNow().UtcDateTime });
        }
        else
        {
            saved.Name = text;
        }
        await db.SaveChangesAsync(ct);
        return new(text, []);
    }

    /// <returns>Null when the runner keeps no routine by that id.</returns>
    public async Task<KeepResult?> RenameAsync(ClaimsPrincipal user, int id, string? name, string nameField, CancellationToken ct)
    {
        if (await OwnAsync(user, id, ct) is not { } saved)
        {
            return null;
        }
        var problems = new List<KeepProblem>();
        var text = CheckName(name, nameField, problems);
        if (problems.Count == 0)
        {
            saved.Name = text;
            await db.SaveChangesAsync(ct);
        }
        return new(text, problems);
    }

    /// <summary>Forgets a kept routine; the runner's history keeps its sessions.</summary>
    /// <returns>The name it was kept by; null when the runner keeps no routine by that id.</returns>
    public async Task<string?> ForgetAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        if (await OwnAsync(user, id, ct) is not { } saved)
        {
            return null;
        }
        db.SavedRoutines.Remove(saved);
        await db.SaveChangesAsync(ct);
        return saved.Name;
    }

    private Task<SavedRoutine?> OwnAsync(ClaimsPrincipal user, int id, CancellationToken ct)
    {
        var userId = user.UserId();
        return db.SavedRoutines.FirstOrDefaultAsync(s => s.Id == id && s.UserId == userId, ct);
    }

    private static string CheckName(string? name, string field, List<KeepProblem> problems)
    {
        var text = name?.Trim() ?? "";
        if (text.Length == 0)
        {
            problems.Add(new(field, new Wording("Give it a name, like \"Tuesday track cool-down\".")));
        }
        else if (text.Length > MoveRules.MaxNameLength)
        {
            problems.Add(new(field, new Wording("A name can be at most {0} characters (this one has {1}).", MoveRules.MaxNameLength, text.Length)));
        }
        return text;
    }
}

using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

/// <summary>A coach signed in, owning a copy of the seeded library.</summary>
internal sealed record SignedInCoach(HttpClient Client, Library Library, string UserId)
{
    public string LibraryUrl => $"/coach/libraries/{Library.Slug}";

    public static Task<SignedInCoach> CreateAsync(AppFactory app, string? name = null) => CreateAsync(app, name, copyDefault: true);

    public static Task<SignedInCoach> CreateEmptyAsync(AppFactory app, string name) => CreateAsync(app, name, copyDefault: false);

    private static async Task<SignedInCoach> CreateAsync(AppFactory app, string? name, bool copyDefault)
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        var userId = await app.CreateCoachAsync(email);
        var library = await app.CreateLibraryAsync(userId, name ?? $"Club {Guid.NewGuid():N}"[..20], copyDefault);
        return new(await app.SignedInAsync(email), library, userId);
    }

    public Task<string> MoveSlugAsync(AppFactory app, string seededSlug) =>
        app.WithDbAsync(db => db.Moves.Where(m => m.LibraryId == Library.Id && m.Slug.EndsWith(seededSlug)).Select(m => m.Slug).SingleAsync());

    public Task<string> RoutineSlugAsync(AppFactory app, string seededSlug) =>
        app.WithDbAsync(db => db.Routines.Where(r => r.LibraryId == Library.Id && r.Slug.EndsWith(seededSlug)).Select(r => r.Slug).SingleAsync());

    /// <summary>Publishes the copy of a seeded routine from its editor, as the coach would; returns its slug.</summary>
    public async Task<string> PublishRoutineAsync(AppFactory app, string seededSlug)
    {
        var slug = await RoutineSlugAsync(app, seededSlug);
        var editor = $"{LibraryUrl}/routines/{slug}";
        var response = await Client.PostAsync($"{editor}?handler=Publish", new FormUrlEncodedContent((await Client.GetDocumentAsync(editor)).FieldsOf()));
        if (!(await response.Content.ReadAsStringAsync()).Contains("Published version"))
        {
            throw new InvalidOperationException($"Publishing {slug} failed: {response.StatusCode}.");
        }
        return slug;
    }
}

using MassageRoutines.Web.Data;

namespace MassageRoutines.Testing;

public static class TestKiosks
{
    /// <summary>A kiosk on the seeded library, registered by a new coach; returns its token.</summary>
    public static async Task<(int Id, string Token)> CreateKioskAsync(this AppFactory app, string[]? routines = null, bool revoked = false, int idleSeconds = KioskRecord.DefaultIdleSeconds, string language = "en")
    {
        var coach = await app.CreateCoachAsync($"kiosk-coach-{Guid.NewGuid():N}@example.com");
        return await app.WithDbAsync(async db =>
        {
            var kiosk = new KioskRecord
            {
                Name = "Front desk",
                Token = Guid.NewGuid().ToString("N"),
                LibraryId = db.Libraries.Single(l => l.Slug == Library.DefaultSlug).Id,
                Routines = [.. routines ?? []],
                IdleSeconds = idleSeconds,
                Language = language,
                CreatedBy = coach,
                CreatedAt = app.Clock.GetUtcNow().UtcDateTime,
                RevokedAt = revoked ? app.Clock.GetUtcNow().UtcDateTime : null,
            };
            db.Kiosks.Add(kiosk);
            await db.SaveChangesAsync();
            return (kiosk.Id, kiosk.Token);
        });
    }
}

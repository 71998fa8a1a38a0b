using MassageRoutines.Web.Data;
using MassageRoutines.Web.Libraries;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Building;

internal static class Libraries
{
    /// <summary>Publishes every move of a library, as a coach would, and says so to the caches.</summary>
    public static async Task PublishAllMovesAsync(this AppFactory app, int libraryId)
    {
        await app.WithDbAsync(db => db.Moves.Where(m => m.LibraryId == libraryId)
            .ExecuteUpdateAsync(set => set.SetProperty(m => m.Status, ContentStatus.Published).SetProperty(m => m.Revision, m => m.Revision + 1)));
        await app.Services.GetRequiredService<LibraryChanges>().AnnounceAsync(CancellationToken.None);
    }
}

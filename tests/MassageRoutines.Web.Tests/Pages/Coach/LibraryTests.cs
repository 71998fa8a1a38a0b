using System.Net;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

public class LibraryTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Duplicating_the_seeded_library_copies_every_move_and_routine_as_drafts_with_their_own_slugs()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(email);
        var client = await app.SignedInAsync(email);

        var page = await (await client.PostFormAsync("/coach", [new("Name", "Harbour Harriers"), new("CopyOf", Library.DefaultSlug)])).ToDocumentAsync();

        Assert.Equal("Harbour Harriers", page.Text("h1"));
        var (moves, routines, snapshots) = await app.WithDbAsync(async db =>
        {
            var library = await db.Libraries.SingleAsync(l => l.Slug == "harbour-harriers");
            return (await db.Moves.Where(m => m.LibraryId == library.Id).ToListAsync(),
                await db.Routines.Include(r => r.Items).ThenInclude(i => i.Move).Where(r => r.LibraryId == library.Id).ToListAsync(),
                await db.RoutineVersions.CountAsync(v => db.Routines.Any(r => r.Id == v.RoutineId && r.LibraryId == library.Id)));
        });
        Assert.Equal(13, moves.Count);
        Assert.Equal(5, routines.Count);
        Assert.All(moves, m => Assert.StartsWith("harbour-harriers-", m.Slug));
        Assert.All(moves, m => Assert.Equal(ContentStatus.Draft, m.Status));
        Assert.All(routines, r => Assert.Equal((ContentStatus.Draft, 0), (r.Status, r.Version)));
        Assert.All(routines.SelectMany(r => r.Items), i => Assert.StartsWith("harbour-harriers-", i.Move!.Slug));
        Assert.Equal(0, snapshots);
        Assert.Equal(["harbour-harriers-easy-jog", "harbour-harriers-butt-kicks", "harbour-harriers-jumping-jacks", "harbour-harriers-high-knees"],
            routines.Single(r => r.Slug == "harbour-harriers-pre-run-full").WarmUpDrills);
        Assert.Equal(5, (await app.CreateClient().GetDocumentAsync("/routines")).QuerySelectorAll(".cards h2").Length);
    }

    [Fact]
    public async Task An_empty_library_can_be_started_and_a_name_is_required()
    {
        var email = $"coach-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(email);
        var client = await app.SignedInAsync(email);

        var missing = await (await client.PostFormAsync("/coach", [new("Name", ""), new("CopyOf", "")])).ToDocumentAsync();
        var empty = await (await client.PostFormAsync("/coach", [new("Name", "Blank slate"), new("CopyOf", "")])).ToDocumentAsync();

        Assert.Equal("Give the library a name.", missing.FieldError("Name"));
        Assert.Equal("No moves yet.", empty.Text("#moves-title + p"));
    }

    [Fact]
    public async Task The_owner_adds_another_coach_who_can_then_edit_the_library()
    {
        var owner = await SignedInCoach.CreateAsync(app);
        var helperEmail = $"helper-{Guid.NewGuid():N}@example.com";
        await app.CreateCoachAsync(helperEmail);
        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(runnerEmail);
        var helper = await app.SignedInAsync(helperEmail);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await helper.GetAsync(owner.LibraryUrl)).StatusCode);

        var notACoach = await (await owner.Client.PostFormAsync(owner.LibraryUrl, [new("CoachEmail", runnerEmail)], $"{owner.LibraryUrl}?handler=AddEditor")).ToDocumentAsync();
        var added = await (await owner.Client.PostFormAsync(owner.LibraryUrl, [new("CoachEmail", helperEmail)], $"{owner.LibraryUrl}?handler=AddEditor")).ToDocumentAsync();

        Assert.StartsWith("There is no coach with that email", notACoach.FieldError("CoachEmail"));
        Assert.Equal($"{helperEmail} can now edit {owner.Library.Name}.", added.Text("[role=status]"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await helper.GetAsync(owner.LibraryUrl)).StatusCode);
        // Only the owner adds editors.
        var byHelper = await helper.PostUnofferedAsync($"{owner.LibraryUrl}?handler=AddEditor", [new("CoachEmail", helperEmail)]);
        Assert.Equal(System.Net.HttpStatusCode.Forbidden, byHelper.StatusCode);
    }

    [Fact]
    public async Task The_owner_removes_an_editor_who_then_cannot_edit_and_nobody_removes_the_owner()
    {
        var owner = await SignedInCoach.CreateAsync(app);
        var ownerEmail = await app.WithDbAsync(db => db.Users.Where(u => u.Id == owner.UserId).Select(u => u.Email!).SingleAsync());
        var helperEmail = $"helper-{Guid.NewGuid():N}@example.com";
        var helperId = await app.CreateCoachAsync(helperEmail);
        var otherEmail = $"other-{Guid.NewGuid():N}@example.com";
        var otherId = await app.CreateCoachAsync(otherEmail);
        await owner.Client.PostFormAsync(owner.LibraryUrl, [new("CoachEmail", helperEmail)], $"{owner.LibraryUrl}?handler=AddEditor");
        await owner.Client.PostFormAsync(owner.LibraryUrl, [new("CoachEmail", otherEmail)], $"{owner.LibraryUrl}?handler=AddEditor");
        var helper = await app.SignedInAsync(helperEmail);

        // An editor is offered no button to remove anyone, and removes nobody, the owner least of all.
        Assert.DoesNotContain((await helper.GetDocumentAsync(owner.LibraryUrl)).ButtonNames(), name => name.StartsWith("Remove", StringComparison.Ordinal));
        var byEditor = await helper.PostUnofferedAsync($"{owner.LibraryUrl}?handler=RemoveEditor", [new("editor", otherId)]);
        var ownerByEditor = await helper.PostUnofferedAsync($"{owner.LibraryUrl}?handler=RemoveEditor", [new("editor", owner.UserId)]);
        var ownerByOwner = await owner.Client.PostUnofferedAsync($"{owner.LibraryUrl}?handler=RemoveEditor", [new("editor", owner.UserId)]);
        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.NotFound), (byEditor.StatusCode, ownerByEditor.StatusCode, ownerByOwner.StatusCode));
        var ownersPage = await owner.Client.GetDocumentAsync(owner.LibraryUrl);
        Assert.DoesNotContain($"Remove {ownerEmail} as an editor", ownersPage.ButtonNames());

        var page = await (await owner.Client.PressAsync(ownersPage, $"Remove {helperEmail} as an editor")).ToDocumentAsync();

        Assert.Equal($"{helperEmail} can no longer edit {owner.Library.Name}.", page.Text("[role=status]"));
        Assert.Equal([$"{ownerEmail} (owner)", otherEmail], page.Texts("#editors-title ~ ul li > span"));
        Assert.Equal(HttpStatusCode.NotFound, (await helper.GetAsync(owner.LibraryUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await helper.GetAsync($"{owner.LibraryUrl}/export")).StatusCode);
        Assert.DoesNotContain(owner.Library.Name, await helper.GetStringAsync("/coach"));
        Assert.False(await app.WithDbAsync(db => db.LibraryEditors.AnyAsync(e => e.LibraryId == owner.Library.Id && e.UserId == helperId)));
    }

    [Fact]
    public async Task A_coach_makes_another_account_a_coach()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        var runnerEmail = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(runnerEmail);

        var unknown = await (await coach.Client.PostFormAsync("/coach/team", [new("Email", "nobody@example.com")])).ToDocumentAsync();
        var made = await (await coach.Client.PostFormAsync("/coach/team", [new("Email", runnerEmail)])).ToDocumentAsync();
        var again = await (await coach.Client.PostFormAsync("/coach/team", [new("Email", runnerEmail)])).ToDocumentAsync();

        Assert.Equal("No account has that email. Ask them to register first.", unknown.FieldError("Email"));
        Assert.StartsWith($"{runnerEmail} is now a coach.", made.Text("[role=status]"));
        Assert.Contains(runnerEmail, made.Texts("main ul li > span"));
        Assert.Equal($"{runnerEmail} is already a coach.", again.FieldError("Email"));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await (await app.SignedInAsync(runnerEmail)).GetAsync("/coach")).StatusCode);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Kiosk;

/// <summary>A kiosk speaks the language of its settings, whatever the tablet asks for; a walk-up user switches with one tap.</summary>
public class KioskLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task A_coach_sets_a_kiosks_language_and_sees_it_named_in_itself()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await (await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Empfang"), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "90"), new("Form.Language", "de")],
            "/coach/kiosks?handler=Add")).ToDocumentAsync();

        Assert.Equal("de", await app.WithDbAsync(db => db.Kiosks.Where(k => k.CreatedBy == coach.UserId).Select(k => k.Language).SingleAsync()));
        var named = page.QuerySelector("#yours-title ~ article .meta span[lang=de]")!;
        Assert.Equal("Deutsch", named.TextContent);
        Assert.Equal(["English", "Español", "Deutsch"], page.QuerySelectorAll("#Form_Language option").Select(o => o.TextContent));
    }

    [Fact]
    public async Task A_language_the_site_does_not_speak_is_refused()
    {
        var coach = await SignedInCoach.CreateAsync(app);

        var page = await (await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Front desk"), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "90"), new("Form.Language", "fr")],
            "/coach/kiosks?handler=Add")).ToDocumentAsync();

        Assert.Equal("Choose one of the languages listed.", page.FieldError("Form.Language"));
        Assert.False(await app.WithDbAsync(db => db.Kiosks.AnyAsync(k => k.CreatedBy == coach.UserId)));
    }

    [Theory]
    [InlineData("es", "en-US", "¿Te duele algo?")]
    [InlineData("de", "es", "Tut dir etwas weh?")]
    [InlineData("en", "de", "Sore somewhere?")]
    public async Task The_kiosk_speaks_its_own_language_whatever_the_tablet_asks_for(string language, string tabletAsks, string sore)
    {
        var (_, token) = await app.CreateKioskAsync(language: language);
        var client = app.AskingFor(tabletAsks);

        var page = await client.GetDocumentAsync($"/kiosk/{token}");

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(sore, page.Text("#sore-group"));
        Assert.Equal(language, JsonDocument.Parse(page.QuerySelector("#kiosk-config")!.TextContent).RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public async Task One_tap_shows_the_kiosk_in_another_language_named_in_itself_without_leaving_it()
    {
        var (_, token) = await app.CreateKioskAsync(language: "de");
        var client = app.CreateClient();

        var page = await client.GetDocumentAsync($"/kiosk/{token}");
        var buttons = page.QuerySelectorAll("form.kiosk-languages button").ToList();
        Assert.Equal(["English", "Español", "Deutsch"], buttons.Select(b => b.TextContent));
        Assert.Equal(["en", "es", "de"], buttons.Select(b => b.GetAttribute("lang")));
        Assert.Equal(["Deutsch"], buttons.Where(b => b.GetAttribute("aria-pressed") == "true").Select(b => b.TextContent));
        Assert.Equal(("get", "lang", "es"), (page.QuerySelector("form.kiosk-languages")!.GetAttribute("method"), buttons[1].GetAttribute("name"), buttons[1].GetAttribute("value")));
        Assert.Empty(page.QuerySelectorAll("a"));

        var spanish = await client.GetDocumentAsync($"/kiosk/{token}?lang=es");

        Assert.Equal(("es", "¿Te duele algo?"), (spanish.DocumentElement.GetAttribute("lang"), spanish.Text("#sore-group")));
        Assert.Equal("de", JsonDocument.Parse(spanish.QuerySelector("#kiosk-config")!.TextContent).RootElement.GetProperty("language").GetString());
    }

    [Fact]
    public async Task The_kiosks_api_calls_name_their_language_so_each_is_answered_and_kept_in_it()
    {
        var client = app.AskingFor("en");

        var german = await client.GetAsync("/api/routines/no-such-routine/timeline?warmup=timed&lang=de");
        var english = await client.GetAsync("/api/routines/no-such-routine/timeline?warmup=timed");

        Assert.Equal("Routine nicht gefunden", (await german.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
        Assert.Equal("Routine not found", (await english.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("title").GetString());
    }
}

using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pages.Coach;

/// <summary>Every coach page in Spanish and German, when the browser asks for it: its words, its lang, its validation messages.</summary>
public class CoachLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<SignedInCoach> CoachAskingAsync(string language)
    {
        var coach = await SignedInCoach.CreateAsync(app);
        coach.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return coach;
    }

    private static void AssertIn(string language, IDocument page, string selector, string expected)
    {
        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(expected, page.Text(selector));
    }

    [Theory]
    [InlineData("es", "Tus bibliotecas", "Entrenadores", "Tus quioscos", "Tus grupos")]
    [InlineData("de", "Deine Bibliotheken", "Coaches", "Deine Kiosks", "Deine Gruppen")]
    public async Task The_coach_pages_speak_the_browsers_language(string language, string libraries, string coaches, string kiosks, string groups)
    {
        var coach = await CoachAskingAsync(language);
        await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Front desk"), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "90")], "/coach/kiosks?handler=Add");

        AssertIn(language, await coach.Client.GetDocumentAsync("/coach"), "#mine-title", libraries);
        AssertIn(language, await coach.Client.GetDocumentAsync("/coach/team"), "h1", coaches);
        AssertIn(language, await coach.Client.GetDocumentAsync("/coach/kiosks"), "#yours-title", kiosks);
        AssertIn(language, await coach.Client.GetDocumentAsync("/coach/groups"), "#yours-title", groups);
    }

    [Theory]
    [InlineData("es", "Miembros", "Plan de Martes", "Seguimiento del plan en Martes", "Martes", "Añadir al plan")]
    [InlineData("de", "Mitglieder", "Plan von Martes", "Planeinhaltung in Martes", "Dienstag", "Zum Plan hinzufügen")]
    public async Task A_groups_pages_speak_it_with_weekdays_named_by_the_language(string language, string members, string plan, string adherence, string tuesday, string add)
    {
        var coach = await CoachAskingAsync(language);
        await coach.Client.PostFormAsync("/coach/groups", [new("Name", "Martes")]);
        var id = await app.WithDbAsync(db => db.Groups.Where(g => g.Coaches.Any(c => c.UserId == coach.UserId)).Select(g => g.Id).SingleAsync());

        AssertIn(language, await coach.Client.GetDocumentAsync($"/coach/groups/{id}"), "#members-title", members);
        var planPage = await coach.Client.GetDocumentAsync($"/coach/groups/{id}/plan");
        AssertIn(language, planPage, "h1", plan);
        Assert.Equal(add, planPage.Text("form button[type=submit]"));
        Assert.Contains(tuesday, planPage.Texts("fieldset .checks label"), StringComparer.OrdinalIgnoreCase);
        AssertIn(language, await coach.Client.GetDocumentAsync($"/coach/groups/{id}/adherence"), "h1", adherence);
    }

    [Theory]
    [InlineData("es", "Nuevo ejercicio", "Nueva rutina", "Exportar", "Importar a")]
    [InlineData("de", "Neue Übung", "Neue Routine", "Exportieren", "In ")]
    public async Task The_library_and_its_editors_speak_it(string language, string newMove, string newRoutine, string export, string importInto)
    {
        var coach = await CoachAskingAsync(language);

        var library = await coach.Client.GetDocumentAsync(coach.LibraryUrl);
        AssertIn(language, library, ".actions a:nth-child(3)", export);
        AssertIn(language, await coach.Client.GetDocumentAsync($"{coach.LibraryUrl}/moves/new"), "h1", newMove);
        AssertIn(language, await coach.Client.GetDocumentAsync($"{coach.LibraryUrl}/routines/new"), "h1", newRoutine);
        var import = await coach.Client.GetDocumentAsync($"{coach.LibraryUrl}/import");
        Assert.StartsWith(importInto, import.Text("h1"));
    }

    [Theory]
    [InlineData("es", "Ponle un nombre a la biblioteca.", "Ponle un nombre al quiosco, como «Tableta de recepción».", "El tiempo sin uso debe estar entre 30 y 600 segundos.")]
    [InlineData("de", "Gib der Bibliothek einen Namen.", "Gib dem Kiosk einen Namen, etwa „Tablet an der Rezeption“.", "Die Zeit ohne Berührung muss zwischen 30 und 600 Sekunden liegen.")]
    public async Task Validation_messages_come_in_the_language(string language, string libraryName, string kioskName, string idle)
    {
        var coach = await CoachAskingAsync(language);

        var library = await (await coach.Client.PostFormAsync("/coach", [new("Name", ""), new("CopyOf", "")])).ToDocumentAsync();
        var kiosk = await (await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", ""), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "5")], "/coach/kiosks?handler=Add")).ToDocumentAsync();

        Assert.Equal(libraryName, library.FieldError("Name"));
        Assert.Equal(language, kiosk.DocumentElement.GetAttribute("lang"));
        Assert.Equal((kioskName, idle), (kiosk.FieldError("Form.Name"), kiosk.FieldError("Form.IdleSeconds")));
    }
}

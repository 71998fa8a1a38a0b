namespace MassageRoutines.Web.Tests.Pages.MyRoutines;

public class MyRoutinesLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("es", "Mis rutinas", "Aún no guardas ninguna rutina. Crea una y guárdala aquí con un nombre propio.", "Crea una")]
    [InlineData("de", "Meine Routinen", "Du hast noch keine Routinen gespeichert. Stell dir eine zusammen und speichere sie hier unter einem eigenen Namen.", "Stell dir eine zusammen")]
    public async Task My_routines_speak_the_language(string language, string heading, string none, string build)
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);

        var page = await client.GetDocumentAsync("/my-routines");

        Assert.Equal((language, heading), (page.DocumentElement.GetAttribute("lang"), page.Text("h1")));
        Assert.Equal(none, page.Text("main p"));
        Assert.Equal("/build", page.QuerySelectorAll("main p a").Single(a => a.TextContent == build).GetAttribute("href"));
    }
}

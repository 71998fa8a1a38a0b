using System.Net;
using System.Net.Http.Headers;

namespace MassageRoutines.Web.Tests.Languages;

/// <summary>
/// The page's language: the account's, then this browser's choice, then the first of English, Spanish or
/// German the browser asks for, then English.
/// </summary>
public class LanguageChoiceTests(AppFactory app) : IClassFixture<AppFactory>
{
    private async Task<(string Lang, string Nav)> ReadAsync(HttpClient client, string url = "/routines")
    {
        var page = await client.GetDocumentAsync(url);
        return (page.DocumentElement.GetAttribute("lang")!, page.Text("nav[aria-label] li"));
    }

    private HttpClient Asking(string acceptLanguage) => app.AskingFor(acceptLanguage);

    [Theory]
    [InlineData(null, "en", "Routines")]
    [InlineData("de-DE,de;q=0.9", "de", "Routinen")]
    [InlineData("es-MX", "es", "Rutinas")]
    [InlineData("fr-FR, it;q=0.9, nl;q=0.8, es;q=0.7, de;q=0.6", "es", "Rutinas")]
    [InlineData("fr-FR, ja", "en", "Routines")]
    public async Task The_first_language_the_browser_asks_for_that_the_site_speaks_wins(string? acceptLanguage, string lang, string routines)
    {
        var client = acceptLanguage is null ? app.CreateClient() : Asking(acceptLanguage);

        // Twice: the second answer may come from the output cache, which must keep one copy per language.
        Assert.Equal((lang, routines), await ReadAsync(client));
        Assert.Equal((lang, routines), await ReadAsync(client));
    }

    [Fact]
    public async Task The_footer_names_each_language_in_itself_and_marks_the_current_one()
    {
        var page = await Asking("de").GetDocumentAsync("/routines");

        var links = page.QuerySelectorAll("footer nav a").ToList();
        Assert.Equal(["English", "Español", "Deutsch"], links.Select(a => a.TextContent));
        Assert.Equal(["en", "es", "de"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["Deutsch"], links.Where(a => a.GetAttribute("aria-current") == "true").Select(a => a.TextContent));
        Assert.Equal("Sprache", page.QuerySelector("footer nav")!.GetAttribute("aria-label"));
    }

    [Fact]
    public async Task A_choice_is_kept_in_a_cookie_over_what_the_browser_asks_for()
    {
        var client = Asking("de");
        var switchLink = (await client.GetDocumentAsync("/routines?phase=pre-run")).QuerySelectorAll("footer nav a")
            .Single(a => a.TextContent == "Español").GetAttribute("href")!;

        var page = await client.GetDocumentAsync(switchLink);

        Assert.Equal("/routines?phase=pre-run", page.Url.Replace("http://localhost", ""));
        Assert.Equal("es", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal(("es", "Rutinas"), await ReadAsync(client, "/moves"));
    }

    [Fact]
    public async Task Letters_beyond_English_are_written_as_they_are()
    {
        var html = await Asking("de").GetStringAsync("/moves");

        Assert.Contains(">Übungen<", html);
        Assert.DoesNotContain("&#xDC;", html);
    }

    [Theory]
    [InlineData("/language/fr")]
    [InlineData("/language/EN-GB-x")]
    public async Task A_language_the_site_does_not_speak_is_not_found(string url)
    {
        var response = await app.NoRedirects().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(response.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : [],
            cookie => cookie.StartsWith(".AspNetCore.Culture=", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_switch_only_goes_back_to_this_site()
    {
        var response = await app.NoRedirects().GetAsync("/language/de?returnUrl=https%3A%2F%2Fevil.example%2F");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_signed_in_person_s_choice_is_kept_on_their_account_for_their_other_devices()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var phone = await app.SignedInAsync(email);
        phone.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));

        var response = await phone.PostFormAsync("/routines", [new("code", "de")], postUrl: "/language?returnUrl=%2Faccount");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("de", (await response.ToDocumentAsync()).DocumentElement.GetAttribute("lang"));

        // Another device: no language cookie, a browser asking for English; the account's language wins.
        var laptop = await app.SignedInAsync(email);
        laptop.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("en"));
        Assert.Equal(("de", "Routinen"), await ReadAsync(laptop));
    }

    [Fact]
    public async Task A_signed_in_person_s_switch_is_one_form_with_one_token_and_a_button_per_language()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue("es"));

        var form = Assert.Single((await client.GetDocumentAsync("/routines")).QuerySelectorAll("footer nav form"));

        Assert.Single(form.QuerySelectorAll("input[name=__RequestVerificationToken]"));
        Assert.Equal(
            [("code", "en", "en", "English"), ("code", "es", "es", "Español"), ("code", "de", "de", "Deutsch")],
            form.QuerySelectorAll("button").Select(b => (b.GetAttribute("name")!, b.GetAttribute("value")!, b.GetAttribute("lang")!, b.TextContent)));
        Assert.Equal(["Español"], form.QuerySelectorAll("button[aria-current=true]").Select(b => b.TextContent));
    }

    [Fact]
    public async Task Posting_a_choice_needs_the_antiforgery_token()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);

        var response = await client.PostAsync("/language/de", new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }
}

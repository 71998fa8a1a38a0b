using System.Net.Http.Headers;
using AngleSharp.Dom;
using MassageRoutines.Web.Languages;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MassageRoutines.Web.Tests.Pages.Account;

/// <summary>The account's pages in Spanish and German: their words, the page's language, and the messages of their forms.</summary>
public class AccountLanguageTests : IClassFixture<AppFactory>
{
    /// <summary>Monday 7 December 2026, 08:00 in London.</summary>
    private static readonly DateTimeOffset Now = new(2026, 12, 7, 8, 0, 0, TimeSpan.Zero);

    private readonly AppFactory app;

    public AccountLanguageTests(AppFactory app)
    {
        this.app = app;
        app.Clock.Pin(Now);
    }

    private HttpClient Asking(string language, HttpClient? client = null)
    {
        client ??= app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Clear();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    private static string Lang(IDocument page) => page.DocumentElement.GetAttribute("lang")!;

    [Theory]
    [InlineData("es", "Iniciar sesión", "Escribe tu dirección de correo.", "Escribe tu contraseña.")]
    [InlineData("de", "Anmelden", "Gib deine E-Mail-Adresse ein.", "Gib dein Passwort ein.")]
    public async Task Signing_in_speaks_the_language_and_so_do_its_messages(string language, string heading, string noEmail, string noPassword)
    {
        var client = Asking(language);

        var page = await client.GetDocumentAsync("/account/sign-in");
        var refused = await (await client.PostFormAsync("/account/sign-in", [new("Form.Email", ""), new("Form.Password", "")])).ToDocumentAsync();

        Assert.Equal((language, heading), (Lang(page), page.Text("h1")));
        Assert.Equal(heading, page.Text("main button[type=submit]"));
        Assert.Equal(noEmail, refused.FieldError("Form.Email"));
        Assert.Equal(noPassword, refused.FieldError("Form.Password"));
        Assert.Equal([noEmail, noPassword], refused.Summary());
    }

    [Theory]
    [InlineData("es", "Crear cuenta", "Usa al menos 12 caracteres: unas cuantas palabras seguidas funcionan bien.", "Las dos contraseñas no coinciden.")]
    [InlineData("de", "Registrieren", "Verwende mindestens 12 Zeichen: Ein paar aneinandergereihte Wörter funktionieren gut.", "Die beiden Passwörter stimmen nicht überein.")]
    public async Task Registering_names_a_short_password_and_a_mismatch_in_the_language(string language, string heading, string tooShort, string mismatch)
    {
        var client = Asking(language);

        var page = await (await client.PostFormAsync("/account/register",
            [new("Form.Email", "someone@example.com"), new("Form.Password", "short"), new("Form.ConfirmPassword", "other")])).ToDocumentAsync();

        Assert.Equal((language, heading), (Lang(page), page.Text("h1")));
        Assert.Equal(tooShort, page.FieldError("Form.Password"));
        Assert.Equal(mismatch, page.FieldError("Form.ConfirmPassword"));
    }

    [Theory]
    [InlineData("es", "Esa contraseña es de las más comunes")]
    [InlineData("de", "Dieses Passwort gehört zu den häufigsten")]
    public async Task A_common_password_and_a_taken_address_are_refused_in_the_language(string language, string common)
    {
        var taken = $"taken-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(taken);
        var client = Asking(language);

        var weak = await (await client.PostFormAsync("/account/register",
            [new("Form.Email", $"new-{Guid.NewGuid():N}@example.com"), new("Form.Password", "qwerty123456"), new("Form.ConfirmPassword", "qwerty123456")])).ToDocumentAsync();
        var twice = await (await client.PostFormAsync("/account/register",
            [new("Form.Email", taken), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)])).ToDocumentAsync();

        Assert.StartsWith(common, weak.FieldError("Form.Password"));
        Assert.Contains(taken, twice.FieldError("Form.Email"));
        Assert.DoesNotContain("already taken", twice.FieldError("Form.Email"));
    }

    [Fact]
    public async Task A_wrong_current_password_is_named_in_german()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = Asking("de", await app.SignedInAsync(email));

        var page = await (await client.PostFormAsync("/account/password",
            [new("Form.CurrentPassword", "not my password at all"), new("Form.NewPassword", "a brand new long password"), new("Form.ConfirmNewPassword", "a brand new long password")])).ToDocumentAsync();

        Assert.Equal(("de", "Passwort ändern"), (Lang(page), page.Text("h1")));
        Assert.Equal("Das Passwort ist falsch.", page.FieldError("Form.CurrentPassword"));
    }

    [Fact]
    public async Task The_account_page_keeps_the_language_chosen_on_it()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = Asking("en", await app.SignedInAsync(email));
        var page = await client.GetDocumentAsync("/account");
        var select = page.QuerySelector("main select[name=language]")!;
        Assert.Equal("Language", page.QuerySelector($"label[for={select.Id}]")!.TextContent);
        Assert.Equal(["English", "Español", "Deutsch"], select.QuerySelectorAll("option").Select(o => o.TextContent));
        Assert.Equal("en", select.QuerySelector("option[selected]")!.GetAttribute("value"));

        var saved = await (await client.PostFormAsync("/account", [new("language", "es")], postUrl: "/account?handler=Language")).ToDocumentAsync();

        Assert.Equal(("es", "Tu cuenta"), (Lang(saved), saved.Text("h1")));
        Assert.Equal("Tu idioma está guardado.", saved.Text(".notice"));
        Assert.Equal("es", saved.QuerySelector("main select[name=language] option[selected]")!.GetAttribute("value"));
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var claims = await users.GetClaimsAsync((await users.FindByEmailAsync(email))!);
        Assert.Equal(["es"], claims.Where(c => c.Type == AccountLanguageProvider.ClaimType).Select(c => c.Value));
    }

    [Theory]
    [InlineData("de", "Dein Konto")]
    [InlineData("es", "Tu cuenta")]
    public async Task Registering_keeps_the_language_the_site_spoke_on_the_new_account(string language, string heading)
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        var client = Asking(language);

        await client.PostFormAsync("/account/register",
            [new("Form.Email", email), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)]);

        Assert.Equal([language], await KeptLanguagesAsync(email));
        // The account's language is in its cookie: a browser that asks for English still reads the account's.
        var page = await Asking("en", client).GetDocumentAsync("/account");
        Assert.Equal((language, heading), (Lang(page), page.Text("h1")));
    }

    [Fact]
    public async Task Registering_in_english_keeps_no_language_so_pages_follow_the_browser()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";

        await Asking("en").PostFormAsync("/account/register",
            [new("Form.Email", email), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)]);

        Assert.Empty(await KeptLanguagesAsync(email));
    }

    private async Task<List<string>> KeptLanguagesAsync(string email)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = await users.FindByEmailAsync(email);
        Assert.NotNull(user);
        return (await users.GetClaimsAsync(user)).Where(c => c.Type == AccountLanguageProvider.ClaimType).Select(c => c.Value).ToList();
    }

    [Fact]
    public async Task A_language_the_site_does_not_speak_is_refused()
    {
        var email = $"runner-{Guid.NewGuid():N}@example.com";
        await app.CreateUserAsync(email);
        var client = await app.SignedInAsync(email);

        var response = await client.PostFormAsync("/account", [new("language", "fr")], postUrl: "/account?handler=Language");

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Theory]
    [InlineData("es", "Recordatorios de pausas activas", "Lunes", "Tu próxima pausa toca el lunes 7 de diciembre a las ", "Minutos del intervalo: «often» no es un valor válido para este campo.")]
    [InlineData("de", "Erinnerungen an Bewegungspausen", "Montag", "Deine nächste Pause ist fällig am Montag, 7. Dezember um ", "Pausenabstand in Minuten: „often“ ist kein Wert, den dieses Feld annimmt.")]
    public async Task Reminders_name_days_and_dates_in_the_language(string language, string heading, string monday, string due, string notANumber)
    {
        var client = Asking(language);
        var fields = new List<KeyValuePair<string, string>>
        {
            new("Form.Days", "monday"), new("Form.From", "09:00"), new("Form.To", "17:00"),
            new("Form.IntervalMinutes", "30"), new("Form.QuietDates", ""), new("Form.TimeZoneId", "Europe/London"),
        };

        var saved = await (await client.PostFormAsync("/account/reminders", fields)).ToDocumentAsync();
        var wrong = await (await client.PostFormAsync("/account/reminders", fields.With("Form.IntervalMinutes", "often"))).ToDocumentAsync();

        Assert.Equal((language, heading), (Lang(saved), saved.Text("h1")));
        Assert.Equal(monday, saved.QuerySelector("input[name='Form.Days'][value=monday]")!.ParentElement!.TextContent.Trim());
        Assert.StartsWith(due, saved.Text("#reminder-state"));
        Assert.Equal(notANumber, wrong.FieldError("Form.IntervalMinutes"));
    }

    [Theory]
    [InlineData("es", "¿Olvidaste tu contraseña?", "Elige una contraseña nueva", "Confirma tu dirección de correo", "Cerrar sesión")]
    [InlineData("de", "Passwort vergessen?", "Wähl ein neues Passwort", "Bestätige deine E-Mail-Adresse", "Abmelden")]
    public async Task The_other_account_pages_speak_the_language(string language, string forgot, string reset, string confirm, string signOut)
    {
        var client = Asking(language);
        var headings = new List<(string, string)>();

        foreach (var url in new[] { "/account/forgot-password", "/account/reset-password", "/account/confirm-email", "/account/sign-out" })
        {
            var page = await client.GetDocumentAsync(url);
            headings.Add((Lang(page), page.Text("h1")));
        }

        Assert.Equal([(language, forgot), (language, reset), (language, confirm), (language, signOut)], headings);
    }
}

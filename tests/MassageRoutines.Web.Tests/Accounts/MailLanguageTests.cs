using System.Net.Http.Headers;

namespace MassageRoutines.Web.Tests.Accounts;

/// <summary>Mails come in their reader's language: the one kept on their account, else the one the request was made in.</summary>
public class MailLanguageTests(MailingApp app) : IClassFixture<MailingApp>
{
    private static string NewEmail() => $"runner-{Guid.NewGuid():N}@example.com";

    private HttpClient Asking(string language)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.Add(new StringWithQualityHeaderValue(language));
        return client;
    }

    [Fact]
    public async Task Registering_in_spanish_mails_the_confirmation_in_spanish_and_its_link_works()
    {
        var email = NewEmail();
        var client = Asking("es");

        var page = await (await client.PostFormAsync("/account/register",
            [new("Form.Email", email), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)])).ToDocumentAsync();

        Assert.Contains($"Enviamos un mensaje a {email}", page.Text("[role=status]"));
        var mail = await app.Mail.NextToAsync(email);
        Assert.Equal("Confirma tu dirección de correo", mail.Subject);
        Assert.StartsWith("Te registraste en Massage Routines con esta dirección.", mail.TextBody);
        Assert.Contains("Si no fuiste tú, ignora este correo.", mail.TextBody);
        var confirmed = await client.GetDocumentAsync(MailingApp.LinkIn(mail));
        Assert.Equal("Tu dirección está confirmada. Inicia sesión para usar tu cuenta.", confirmed.Text("[role=status]"));
    }

    [Fact]
    public async Task A_reset_link_is_mailed_in_the_account_s_language_whatever_the_request_s()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        await app.KeepLanguageAsync(email, "es");

        var page = await (await Asking("de").PostFormAsync("/account/forgot-password", [new("Form.Email", email)])).ToDocumentAsync();

        Assert.Equal("de", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Wenn es ein Konto mit dieser Adresse gibt", page.Text("[role=status]"));
        var mail = await app.Mail.NextToAsync(email);
        Assert.Equal("Restablece tu contraseña", mail.Subject);
        Assert.StartsWith("Alguien pidió restablecer la contraseña de tu cuenta en Massage Routines.", mail.TextBody);
        Assert.Contains("Funciona una sola vez.", mail.TextBody);
        Assert.StartsWith("http://localhost/account/reset-password?", MailingApp.LinkIn(mail));
    }

    [Fact]
    public async Task A_mail_in_another_language_leaves_the_page_in_the_request_s()
    {
        var email = NewEmail();
        await app.CreateUserAsync(email);
        await app.KeepLanguageAsync(email, "de");
        var client = Asking("en");

        var page = await (await client.PostFormAsync("/account/register",
            [new("Form.Email", email), new("Form.Password", TestAccounts.Password), new("Form.ConfirmPassword", TestAccounts.Password)])).ToDocumentAsync();

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains($"We sent a message to {email}", page.Text("[role=status]"));
        var mail = await app.Mail.NextToAsync(email);
        Assert.Equal("Bestätige deine E-Mail-Adresse", mail.Subject);
    }
}

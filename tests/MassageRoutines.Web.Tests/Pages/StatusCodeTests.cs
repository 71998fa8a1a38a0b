using System.Net;

namespace MassageRoutines.Web.Tests.Pages;

public class StatusCodeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("en", "That form could not be read", "A form cannot hold a NUL character, and Form.Email did. Nothing was saved.")]
    [InlineData("es", "No se pudo leer el formulario", "Un formulario no puede contener un carácter NUL, y Form.Email lo contenía. No se guardó nada.")]
    [InlineData("de", "Das Formular konnte nicht gelesen werden", "Ein Formular darf kein NUL-Zeichen enthalten, aber Form.Email enthielt eines. Es wurde nichts gespeichert.")]
    public async Task A_form_refused_for_a_NUL_names_the_field_in_the_visitors_language(string language, string heading, string problem)
    {
        var client = app.AskingFor(language);

        var response = await client.PostFormAsync("/account/sign-in", [new("Form.Email", "runner\0@example.com"), new("Form.Password", "anything")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ToDocumentAsync();
        Assert.Equal(heading, page.Text("h1"));
        Assert.Contains(problem, page.Texts("main p"));
    }

    [Theory]
    [InlineData("en", "A form cannot hold a NUL character, and Form.Email and Form.Password each held one. Nothing was saved.")]
    [InlineData("es", "Un formulario no puede contener un carácter NUL, y Form.Email y Form.Password contenían uno cada uno. No se guardó nada.")]
    [InlineData("de", "Ein Formular darf kein NUL-Zeichen enthalten, aber Form.Email und Form.Password enthielten je eines. Es wurde nichts gespeichert.")]
    public async Task A_form_refused_for_NULs_in_several_fields_names_them_all_in_the_visitors_language(string language, string problem)
    {
        var client = app.AskingFor(language);

        var response = await client.PostFormAsync("/account/sign-in", [new("Form.Email", "runner\0@example.com"), new("Form.Password", "any\0thing")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(problem, (await response.ToDocumentAsync()).Texts("main p"));
    }
}

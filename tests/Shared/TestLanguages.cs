namespace MassageRoutines.Testing;

public static class TestLanguages
{
    /// <summary>A client whose requests ask for these languages (an <c>Accept-Language</c> value: "de", or "fr, es;q=0.8").</summary>
    public static HttpClient AskingFor(this AppFactory app, string acceptLanguage)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(acceptLanguage);
        return client;
    }
}

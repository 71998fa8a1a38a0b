namespace MassageRoutines.Web.Tests.Operations;

public class SecurityHeadersTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/api/routines")]
    [InlineData("/no-such-page")]
    public async Task Every_response_carries_a_strict_content_security_policy(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("same-origin", response.Headers.GetValues("Referrer-Policy").Single());
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        var page = await app.CreateClient().GetDocumentAsync("/routines/pre-run-full");

        Assert.All(page.QuerySelectorAll("script"), script => Assert.True(script.HasAttribute("src")));
        Assert.Empty(page.QuerySelectorAll("[style]"));
    }
}

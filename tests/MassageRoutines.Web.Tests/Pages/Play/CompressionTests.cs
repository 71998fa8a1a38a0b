using System.IO.Compression;

namespace MassageRoutines.Web.Tests.Pages.Play;

/// <summary>The player's HTML goes out compressed; pages that hold an antiforgery token do not (BREACH).</summary>
public class CompressionTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_players_html_is_compressed_for_a_browser_that_takes_gzip()
    {
        var response = await GetAsync("/play/post-run-quick");

        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        await using var html = new GZipStream(await response.Content.ReadAsStreamAsync(), CompressionMode.Decompress);
        Assert.Contains("<h1", await new StreamReader(html).ReadToEndAsync());
    }

    [Theory]
    [InlineData("/routines/post-run-quick")]
    [InlineData("/account/sign-in")]
    public async Task Other_pages_are_sent_as_they_are(string url)
    {
        var response = await GetAsync(url);

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Contains("<h1", await response.Content.ReadAsStringAsync());
    }

    private async Task<HttpResponseMessage> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.AcceptEncoding.ParseAdd("gzip");
        var response = await app.CreateClient().SendAsync(request);
        response.EnsureSuccessStatusCode();
        return response;
    }
}

using AngleSharp.Dom;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Operations;

/// <summary>Absolute links, which leave the site on paper, screens and in mails, are built from App:PublicUrl when it is set.</summary>
public class PublicLinksTests
{
    private const string Attacker = "attacker.example";

    [Fact]
    public async Task With_a_public_url_join_links_and_kiosk_addresses_start_with_it_whatever_the_host_header_says()
    {
        await using var app = new AppFactory { Settings = { ["App:PublicUrl"] = "https://massage.example.org/" } };

        var (joinLink, kioskAddress) = await LinksShownToACoachAsync(app);

        Assert.StartsWith("https://massage.example.org/groups/join/", joinLink);
        Assert.StartsWith("https://massage.example.org/kiosk/", kioskAddress);
    }

    [Fact]
    public async Task Without_a_public_url_links_follow_the_request_as_before()
    {
        await using var app = new AppFactory();

        var (joinLink, kioskAddress) = await LinksShownToACoachAsync(app);

        Assert.StartsWith($"https://{Attacker}/groups/join/", joinLink);
        Assert.StartsWith($"https://{Attacker}/kiosk/", kioskAddress);
    }

    [Theory]
    [InlineData("massage.example.org")]
    [InlineData("ftp://massage.example.org")]
    [InlineData("https://massage.example.org/club")]
    [InlineData("https://massage.example.org/?x=1")]
    public async Task A_public_url_that_is_not_a_sites_address_stops_the_app_naming_the_setting(string url)
    {
        await using var app = new AppFactory { Settings = { ["App:PublicUrl"] = url } };

        var error = Assert.Throws<OptionsValidationException>(() => app.CreateClient());

        Assert.Contains($"App:PublicUrl has '{url}', which is not a site's address such as https://massage.example.org", error.Message);
    }

    /// <summary>A coach's group page and kiosk page, asked for over HTTPS with a Host header the attacker chose: the join link and kiosk address, each as text and as QR code.</summary>
    private static async Task<(string JoinLink, string KioskAddress)> LinksShownToACoachAsync(AppFactory app)
    {
        var email = $"links-{Guid.NewGuid():N}@example.com";
        var coach = await app.CreateCoachAsync(email);
        var library = await app.CreateLibraryAsync(coach, "Links club");
        var group = await app.CreateGroupAsync(coach, "Links group");
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://localhost") });
        await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)]);
        await client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Desk"), new("Form.LibraryId", library.Id.ToString()), new("Form.IdleSeconds", "120")], "/coach/kiosks?handler=Add");

        var groupPage = await PageAsync(client, $"/coach/groups/{group.Id}");
        var kioskPage = await PageAsync(client, "/coach/kiosks");

        return (Shown(groupPage, "#join-title ~ p code"), Shown(kioskPage, "article p code"));
    }

    private static async Task<IDocument> PageAsync(HttpClient client, string url)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Host = Attacker;
        return await (await client.SendAsync(request)).ToDocumentAsync();
    }

    /// <summary>The link as text, checked to be the one its QR code holds.</summary>
    private static string Shown(IDocument page, string selector)
    {
        var text = page.Text(selector);
        var svg = page.QuerySelector("svg.qr-code")!;
        Assert.Equal(text, QrReader.ReadSvgPath(svg.QuerySelector("path")!.GetAttribute("d")!, int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2])));
        return text;
    }
}

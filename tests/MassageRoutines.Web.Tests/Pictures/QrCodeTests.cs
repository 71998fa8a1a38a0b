using System.Xml.Linq;
using MassageRoutines.Web.Pictures;
using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Pictures;

public class QrCodeTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("http://localhost/kiosk/AbCdEfGhIjKlMnOpQrStUvWxYz012345")]
    [InlineData("https://club.example.com:8443/groups/join/0123456789abcdef0123456789abcdef")]
    public void A_code_reads_back_as_its_address_in_a_reader_of_another_make(string address)
    {
        var svg = Markup.Parse(QrCode.Svg(address, "QR code"));

        var modules = int.Parse(((string)svg.Attribute("viewBox")!).Split(' ')[2]);
        Assert.Equal(address, QrReader.ReadSvgPath((string)svg.Element(Svg("path"))!.Attribute("d")!, modules));
    }

    [Fact]
    public void A_code_has_a_name_and_takes_its_size_and_colours_from_the_stylesheet()
    {
        var svg = Markup.Parse(QrCode.Svg("http://localhost/kiosk/x", "QR code of the address of \"Front desk\" <tablet>"));

        Assert.Equal(("img", "QR code of the address of \"Front desk\" <tablet>"), ((string?)svg.Attribute("role"), (string?)svg.Attribute("aria-label")));
        Assert.Equal(["qr-code"], svg.Classes());
        Assert.Equal(["qr-light", "qr-dark"], svg.Elements().Select(e => e.Classes().Single()));
        // The page's CSP forbids inline style: nothing drawn may carry it, nor script, nor its own colours.
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Null(e.Attribute("style")));
        Assert.All(svg.DescendantsAndSelf(), e => Assert.Null(e.Attribute("fill")));
        Assert.Empty(svg.All("script"));
        Assert.Empty(svg.All("style"));
    }

    [Fact]
    public async Task The_kiosks_page_shows_each_active_kiosks_address_as_text_and_as_a_code_that_holds_it()
    {
        var coach = await SignedInCoach.CreateAsync(app);
        await coach.Client.PostFormAsync("/coach/kiosks",
            [new("Form.Name", "Front desk tablet"), new("Form.LibraryId", coach.Library.Id.ToString()), new("Form.IdleSeconds", "90")],
            "/coach/kiosks?handler=Add");
        var token = await app.WithDbAsync(db => db.Kiosks.Where(k => k.CreatedBy == coach.UserId).Select(k => k.Token).SingleAsync());

        var page = await coach.Client.GetDocumentAsync("/coach/kiosks");

        var address = $"http://localhost/kiosk/{token}";
        Assert.Equal(address, page.Text("article code"));
        var svg = page.QuerySelector("article svg.qr-code")!;
        Assert.Equal("QR code of the address of Front desk tablet", svg.GetAttribute("aria-label"));
        Assert.Equal(address, QrReader.ReadSvgPath(svg.QuerySelector("path")!.GetAttribute("d")!, int.Parse(svg.GetAttribute("viewBox")!.Split(' ')[2])));
    }

    private static XName Svg(string name) => XName.Get(name, "http://www.w3.org/2000/svg");
}

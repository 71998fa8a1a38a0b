using System.Text.Encodings.Web;
using System.Xml.Linq;
using MassageRoutines.Engine;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace MassageRoutines.Web.Tests.Pictures;

/// <summary>Pictures read back as XML: parsing them is also the check that they are well formed.</summary>
internal static class Markup
{
    public static readonly BodyRegion[] DrawnRegions = Enum.GetValues<BodyRegion>().Where(r => r != BodyRegion.FullBody).ToArray();

    /// <summary>The app's own words, as it sets them up, in the test's culture (English: the keys themselves).</summary>
    public static readonly IStringLocalizer<Words> Words = new StringLocalizer<Words>(
        new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions { ResourcesPath = "Languages" }), NullLoggerFactory.Instance));

    public static XElement Parse(IHtmlContent content)
    {
        using var writer = new StringWriter();
        content.WriteTo(writer, HtmlEncoder.Default);
        return XElement.Parse(writer.ToString());
    }

    /// <summary>Runs a tag helper as Razor would and parses what it wrote.</summary>
    public static XElement Render(TagHelper helper, string tagName)
    {
        var context = new TagHelperContext([], new Dictionary<object, object>(), "test");
        var output = new TagHelperOutput(tagName, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        helper.Process(context, output);
        return Parse(output);
    }

    public static IEnumerable<XElement> All(this XElement root, string localName) =>
        root.DescendantsAndSelf().Where(e => e.Name.LocalName == localName);

    public static string[] Classes(this XElement element) =>
        ((string?)element.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public static bool HasClass(this XElement element, string name) => element.Classes().Contains(name);

    public static IEnumerable<XElement> WithClass(this XElement root, string name) => root.DescendantsAndSelf().Where(e => e.HasClass(name));

    /// <summary>The kebab-case region of a shape or label, from its <c>region-{kebab}</c> class.</summary>
    public static string Region(this XElement element) => element.Classes().Single(c => c.StartsWith("region-"))["region-".Length..];
}

using System.Text;
using System.Text.Encodings.Web;
using MassageRoutines.Engine;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace MassageRoutines.Web.Pictures;

/// <summary>
/// A body map to tap: <c>&lt;body-map-picker name="sore" legend="What's sore?" checked="Model.Sore" size="Large" /&gt;</c>.
/// A fieldset of real checkboxes (name = the field, value = the kebab-case region), one per region,
/// each with its visible label placed over its shape; the drawing itself is hidden from screen readers.
/// Plain HTML, so it posts with no JavaScript; the stylesheet places the labels, sizes the targets
/// (44 px, 64 px when Large) and colours a shape while its box is checked.
/// </summary>
[HtmlTargetElement("body-map-picker", TagStructure = TagStructure.WithoutEndTag)]
public sealed class BodyMapPickerTagHelper(IStringLocalizer<Words> words) : TagHelper
{
    /// <summary>The form field's name; one value per checked region.</summary>
    public string Name { get; set; } = "";

    public string Legend { get; set; } = "";

    public IReadOnlyCollection<BodyRegion> Checked { get; set; } = [];

    public PictureSize Size { get; set; } = PictureSize.Normal;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Name.Length == 0 || Legend.Length == 0)
        {
            throw new InvalidOperationException("<body-map-picker> needs a name and a legend.");
        }
        output.TagName = "fieldset";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", $"body-pick picture-{Kebab.Of(Size)}");

        var html = new StringBuilder();
        html.Append($"<legend>{Encode(Legend)}</legend><div class=\"body-views\">");
        foreach (var view in Enum.GetValues<BodyView>())
        {
            html.Append($"""<div class="body-view"><svg class="body-figure" viewBox="0 0 {BodyFigure.ViewWidth} {BodyFigure.ViewHeight}" aria-hidden="true" focusable="false">""");
            BodyFigure.AppendView(html, view, _ => "", words);
            html.Append("</svg>");
            foreach (var region in BodyFigure.Shapes.Where(s => s.View == view).Select(s => s.Region))
            {
                var kebab = Kebab.Of(region);
                var isChecked = Checked.Contains(region) ? " checked=\"\"" : "";
                html.Append($"""<label class="pick region-{kebab}"><input type="checkbox" name="{Encode(Name)}" value="{kebab}"{isChecked} /> {Encode(words[Labels.Of(region)])}</label>""");
            }
            html.Append("</div>");
        }
        html.Append("</div>");
        output.Content.SetHtmlContent(html.ToString());
    }

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}

using MassageRoutines.Engine;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary><c>&lt;duration seconds="400" /&gt;</c> renders <c>&lt;time datetime="PT400S"&gt;6:40&lt;/time&gt;</c>.</summary>
[HtmlTargetElement("duration", TagStructure = TagStructure.WithoutEndTag)]
public sealed class DurationTagHelper : TagHelper
{
    public int Seconds { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", $"PT{Seconds}S");
        output.Content.SetContent(Labels.Duration(Seconds));
    }
}

/// <summary>The same element as <c>&lt;duration&gt;</c>, to hand to a phrase: <c>T.Html("{0} of massage", Durations.Time(400))</c>.</summary>
public static class Durations
{
    public static IHtmlContent Time(int seconds) => new HtmlString($"<time datetime=\"PT{seconds}S\">{Labels.Duration(seconds)}</time>");
}

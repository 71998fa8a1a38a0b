using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// <c>&lt;error-summary /&gt;</c>: every error of the form at the top, announced, each one about a field
/// linking to that field's control (whose own message also shows beside it). A field the page does
/// not show, like a hidden revision, still gets its error seen. Nothing renders when the form is fine.
/// </summary>
[HtmlTargetElement("error-summary", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ErrorSummaryTagHelper : TagHelper
{
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var errors = ViewContext.ViewData.ModelState
            .Where(entry => entry.Value is { Errors.Count: > 0 })
            .OrderBy(entry => entry.Key.Length == 0 ? 0 : 1)
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))
            .ToList();
        if (errors.Count == 0)
        {
            output.SuppressOutput();
            return;
        }

        output.TagName = "div";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "error-summary");
        output.Attributes.SetAttribute("role", "alert");
        var list = new TagBuilder("ul");
        foreach (var (key, message) in errors)
        {
            var item = new TagBuilder("li");
            if (key.Length == 0)
            {
                item.InnerHtml.Append(message);
            }
            else
            {
                var link = new TagBuilder("a");
                link.Attributes["href"] = "#" + TagBuilder.CreateSanitizedId(key, "_");
                link.InnerHtml.Append(message);
                item.InnerHtml.AppendHtml(link);
            }
            list.InnerHtml.AppendHtml(item);
        }
        output.Content.SetHtmlContent(list);
    }
}

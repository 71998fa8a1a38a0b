using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// Ties a form control to its error message for screen readers: <c>aria-describedby</c> points at the
/// "{id}-error" element every field has, and <c>aria-invalid</c> is set while the field has an error.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class FieldTagHelper : TagHelper
{
    // After the framework's own tag helpers have set the id and name.
    public override int Order => 1000;

    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        var id = TagBuilder.CreateSanitizedId(For.Name, "_");
        var described = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { described, $"{id}-error" }.Where(x => !string.IsNullOrEmpty(x))));
        if (ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry) && entry.Errors.Count > 0)
        {
            output.Attributes.SetAttribute("aria-invalid", "true");
        }
    }
}

/// <summary><c>&lt;field-error asp-for="Form.Email" /&gt;</c>: the field's error messages, in the element its control points at.</summary>
[HtmlTargetElement("field-error", Attributes = "asp-for", TagStructure = TagStructure.WithoutEndTag)]
public sealed class FieldErrorTagHelper : TagHelper
{
    [HtmlAttributeName("asp-for")]
    public ModelExpression For { get; set; } = null!;

    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = "span";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("class", "field-error");
        output.Attributes.SetAttribute("id", $"{TagBuilder.CreateSanitizedId(For.Name, "_")}-error");
        if (ViewContext.ViewData.ModelState.TryGetValue(For.Name, out var entry))
        {
            output.Content.SetContent(string.Join(" ", entry.Errors.Select(e => e.ErrorMessage)));
        }
    }
}

using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace MassageRoutines.Web.Tests.Pages.Coach;

/// <summary>Pressing a page's button found by its accessible name, as a screen-reader user would: its form is posted as the browser posts it.</summary>
internal static partial class Buttons
{
    /// <summary>The names of the page's buttons: their text, hidden words included (an aria-label wins).</summary>
    public static IEnumerable<string> ButtonNames(this IDocument page) => page.QuerySelectorAll("button").Select(NameOf);

    /// <summary>Posts the form of the one button named so, with its hidden fields and token, to the form's action.</summary>
    public static async Task<HttpResponseMessage> PressAsync(this HttpClient client, IDocument page, string name)
    {
        var buttons = page.QuerySelectorAll("button").Where(b => NameOf(b) == name).ToList();
        if (buttons.Count != 1)
        {
            throw new InvalidOperationException($"{buttons.Count} buttons are named '{name}'; the page has: {string.Join(" | ", page.ButtonNames())}.");
        }
        var form = buttons[0].Closest("form") ?? throw new InvalidOperationException($"The button '{name}' is in no form.");
        var fields = form.QuerySelectorAll("input[type=hidden][name]")
            .Select(i => new KeyValuePair<string, string>(i.GetAttribute("name")!, i.GetAttribute("value") ?? ""));
        return await client.PostAsync(form.GetAttribute("action"), new FormUrlEncodedContent(fields));
    }

    private static string NameOf(IElement button) =>
        button.GetAttribute("aria-label") ?? Whitespace().Replace(button.TextContent, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace MassageRoutines.Web.Pages.Shared;

/// <summary>
/// A translated sentence with a link inside it: the words between [ and ] become the link, so each
/// language keeps the whole sentence in one phrase and puts the link where its grammar wants it.
/// Everything else is encoded as text.
/// </summary>
public static class Linked
{
    public static IHtmlContent In(string sentence, string? href, string? download = null)
    {
        var open = sentence.IndexOf('[');
        var close = sentence.IndexOf(']', Math.Max(open, 0));
        if (open < 0 || close < 0)
        {
            return new HtmlString(HtmlEncoder.Default.Encode(sentence));
        }
        var encode = HtmlEncoder.Default;
        var attributes = download is null ? "" : " download";
        return new HtmlString(
            $"{encode.Encode(sentence[..open])}<a href=\"{encode.Encode(href ?? "")}\"{attributes}>{encode.Encode(sentence[(open + 1)..close])}</a>{encode.Encode(sentence[(close + 1)..])}");
    }
}

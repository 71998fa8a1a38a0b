using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MassageRoutines.Web.Tests;

/// <summary>Posting the app's forms as a browser does: with the antiforgery token the page carries.</summary>
internal static class Forms
{
    public const string TokenField = "__RequestVerificationToken";

    public static HttpClient NoRedirects(this AppFactory app) => app.CreateClient(new() { AllowAutoRedirect = false });

    public static async Task<string> TokenFromAsync(this HttpClient client, string pageUrl)
    {
        var page = await client.GetDocumentAsync(pageUrl);
        return page.QuerySelector($"input[name={TokenField}]")?.GetAttribute("value")
            ?? throw new InvalidOperationException($"{pageUrl} has no form with an antiforgery token.");
    }

    /// <summary>The token the API hands any script of the site: for a post that no page offers this visitor, as an attacker would try one.</summary>
    public static async Task<string> ApiTokenAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/antiforgery")).GetProperty("token").GetString()!;

    /// <summary>Posts the fields with the API's token (<see cref="ApiTokenAsync"/>).</summary>
    public static async Task<HttpResponseMessage> PostUnofferedAsync(this HttpClient client, string url, IEnumerable<KeyValuePair<string, string>> fields) =>
        await client.PostAsync(url, new FormUrlEncodedContent([.. fields, new(TokenField, await client.ApiTokenAsync())]));

    /// <summary>GETs <paramref name="pageUrl"/> for its token, then posts the fields to <paramref name="postUrl"/> (default: the page).</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(this HttpClient client, string pageUrl, IEnumerable<KeyValuePair<string, string>> fields, string? postUrl = null)
    {
        var token = await client.TokenFromAsync(pageUrl);
        return await client.PostAsync(postUrl ?? pageUrl, new FormUrlEncodedContent([.. fields, new(TokenField, token)]));
    }

    public static async Task<HttpClient> SignedInAsync(this AppFactory app, string email, bool followRedirects = true)
    {
        var client = followRedirects ? app.CreateClient() : app.NoRedirects();
        var response = await client.PostFormAsync("/account/sign-in", [new("Form.Email", email), new("Form.Password", TestAccounts.Password)]);
        if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.Redirect) || (await response.Content.ReadAsStringAsync()).Contains("do not match"))
        {
            throw new InvalidOperationException($"Signing in {email} failed: {response.StatusCode}.");
        }
        return client;
    }

    /// <summary>What a browser would post from the form as it stands: checked boxes, chosen options, typed text, the token.</summary>
    public static List<KeyValuePair<string, string>> FieldsOf(this IDocument page, string formSelector = "form.editor")
    {
        var form = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form matches '{formSelector}'.");
        return form.QuerySelectorAll("input[name], select[name], textarea[name]")
            .Where(e => e.GetAttribute("type") is not ("checkbox" or "radio" or "submit") || e.HasAttribute("checked"))
            .Select(e => new KeyValuePair<string, string>(e.GetAttribute("name")!, e switch
            {
                IHtmlSelectElement select => select.Value ?? "",
                IHtmlTextAreaElement textarea => textarea.Value,
                _ => e.GetAttribute("value") ?? "",
            }))
            .ToList();
    }

    /// <summary>Replaces the values posted for a field.</summary>
    public static List<KeyValuePair<string, string>> With(this List<KeyValuePair<string, string>> fields, string name, params string[] values) =>
        [.. fields.Where(f => f.Key != name), .. values.Select(v => new KeyValuePair<string, string>(name, v))];

    /// <summary>The error shown next to a field, by the field's name ("Form.Name").</summary>
    public static string FieldError(this IDocument page, string name) =>
        page.QuerySelector($"#{name.Replace('.', '_').Replace('[', '_').Replace(']', '_')}-error")?.TextContent.Trim() ?? "";

    public static string[] Summary(this IDocument page) =>
        page.QuerySelectorAll(".error-summary li").Select(li => li.TextContent.Trim()).ToArray();
}

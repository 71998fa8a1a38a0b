using System.Text;
using Microsoft.AspNetCore.Diagnostics;

namespace MassageRoutines.Web.Operations;

/// <summary>
/// The framework's form reader refuses a whole form holding a NUL character (%00), before any field is
/// bound, so the page cannot say which field it was. This looks first: such a form is answered 400,
/// and the status page names the fields that held one, in the visitor's language (this runs before the
/// language is chosen; the re-executed status page runs after it). Nothing is read further or saved.
/// </summary>
public static class NulByteGuard
{
    /// <summary>The names of the fields that held a NUL, for the status page to say in the visitor's language.</summary>
    public const string FieldsKey = "fields-with-nul";

    /// <summary>Forms bigger than this are left to the framework's own limits.</summary>
    private const int LargestChecked = 1024 * 1024;

    public static WebApplication UseNulByteGuard(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            var request = http.Request;
            if (HttpMethods.IsPost(request.Method) && http.Features.Get<IStatusCodeReExecuteFeature>() is null && request.HasFormContentType && request.ContentType!.Contains("urlencoded", StringComparison.OrdinalIgnoreCase)
                && request.ContentLength is > 0 and <= LargestChecked)
            {
                request.EnableBuffering();
                using var reader = new StreamReader(request.Body, Encoding.ASCII, leaveOpen: true);
                var body = await reader.ReadToEndAsync(http.RequestAborted);
                request.Body.Position = 0;
                var fields = FieldsWithNul(body);
                if (fields.Count > 0)
                {
                    http.Items[FieldsKey] = fields;
                    http.Response.StatusCode = StatusCodes.Status400BadRequest;
                    return;
                }
            }
            await next(http);
        });
        return app;
    }

    private static List<string> FieldsWithNul(string body) =>
        body.Split('&')
            .Select(pair => pair.Split('=', 2))
            .Where(pair => pair.Any(part => part.Contains("%00", StringComparison.Ordinal)))
            .Select(pair => Uri.UnescapeDataString(pair[0].Replace('+', ' ')).Replace("\0", "\\0"))
            .Distinct()
            .ToList();
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Group = MassageRoutines.Web.Data.Group;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// Sends wrong values to every form field of every page handler, every field of every API body and
/// every query key the app reads, all found from the routing table, so a new handler is covered
/// without a test of its own. Each answer must not be a 5xx; a value a field cannot take must be
/// refused with an error that names the field; and a refused request stores nothing.
/// </summary>
public sealed class HostileInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private static readonly string Long = new('x', 100 * 1024);

    /// <summary>Sent in place of one field at a time. "\uD800" is a lone surrogate: it reaches the server as bytes that are not UTF-8.</summary>
    private static readonly string[] Values = ["on", "1e400", "-0", "[]", "", Long, "\0", "\uD800"];

    private static readonly string[] JsonValues =
        ["\"on\"", "1e400", "-0", "[]", "{}", "\"\"", $"\"{Long}\"", "\"\\u0000\"", "\"\\ud800\"", "null", "true", "1.5", "2147483648"];

    [Fact]
    public async Task Every_page_handler_refuses_hostile_form_values_by_field_and_stores_nothing_half()
    {
        // Clients that do not follow redirects: a redirect is the handler's "done", and must not be mistaken for a refusal.
        var ownerId = await app.CreateCoachAsync("hostile-coach@example.com");
        var library = await app.CreateLibraryAsync(ownerId, "Hostile club");
        var owner = await app.SignedInAsync("hostile-coach@example.com", followRedirects: false);
        await app.CreateUserAsync("hostile-runner@example.com");
        var runner = await app.SignedInAsync("hostile-runner@example.com", followRedirects: false);
        var (move, routine) = await app.WithDbAsync(async db => (
            await db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).FirstAsync(),
            await db.Routines.Where(r => r.LibraryId == library.Id && r.Phase == Engine.Phase.PostRun).Select(r => r.Slug).FirstAsync()));
        await app.WithDbAsync(async db =>
        {
            db.Kiosks.Add(new KioskRecord { Name = "Hostile kiosk", Token = Guid.NewGuid().ToString("N"), LibraryId = library.Id, CreatedBy = ownerId });
            return await db.SaveChangesAsync();
        });
        var runnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == "hostile-runner@example.com").Select(u => u.Id).SingleAsync());
        var group = await app.CreateGroupAsync(ownerId, "Hostile group", [new PlanItem { RoutineSlug = routine, Timing = PlanTiming.Daily }], runnerId);

        var failures = new List<string>();
        var requests = 0;
        foreach (var (page, route) in await PagesWithPostHandlersAsync())
        {
            foreach (var url in Urls(route, library.Slug, move, routine, group))
            {
                var client = route.StartsWith("coach", StringComparison.Ordinal) ? owner
                    : route is "account" or "my-routines" or "account/delete" or "plan" or "groups/join/{token}" ? runner
                    : app.NoRedirects();
                var basePage = await client.GetDocumentAsync(url);
                var baseFields = FormFields(basePage);
                // A page with no form of its own takes the token the API hands out.
                var token = baseFields.FirstOrDefault(f => f.Key == Forms.TokenField).Value
                    ?? await client.ApiTokenAsync();
                var fields = Fields(page, route).ToList();

                foreach (var handler in page.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
                {
                    var target = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                    var handlerFields = fields.Concat(handler.Parameters
                        .Where(p => p.ParameterType != typeof(CancellationToken) && !route.Contains($"{{{p.Name}}}"))
                        .Select(p => new Field(p.Name, p.ParameterType, p.Name, IsCollectionOfRows: false))).ToList();
                    foreach (var field in handlerFields)
                    {
                        foreach (var body in HostileBodies(field, baseFields, token))
                        {
                            requests++;
                            await CheckAsync(client, target, field, body, failures);
                        }
                    }
                }
            }
        }

        Assert.True(requests > 1000, $"Only {requests} hostile requests were made; the walk over the handlers found too little.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    [Fact]
    public async Task Every_api_write_refuses_hostile_json_by_field_and_stores_nothing()
    {
        var (_, kioskToken) = await app.CreateKioskAsync();
        var client = await app.RunnerClientAsync();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (route, bodyType) in ApiWrites())
        {
            var url = "/" + route.Replace("{token}", kioskToken);
            foreach (var (path, type) in JsonFields(bodyType, ""))
            {
                foreach (var value in JsonValues)
                {
                    requests++;
                    var body = JsonAt(path, value);
                    var before = await FingerprintAsync();
                    var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
                    var what = $"POST {url} {path}={Shorten(value)}";
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"{what}: {(int)response.StatusCode}");
                        continue;
                    }
                    if (response.IsSuccessStatusCode)
                    {
                        failures.Add($"{what}: accepted a log made of one field");
                        continue;
                    }
                    if (await FingerprintAsync() != before)
                    {
                        failures.Add($"{what}: refused with {(int)response.StatusCode}, but something was stored");
                    }
                    if (response.StatusCode == HttpStatusCode.BadRequest && !Fits(value, type))
                    {
                        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                        var keys = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
                        var leaf = path.Split('.').Last().Split('[')[0];
                        if (!keys.Any(k => k.Contains(leaf, StringComparison.OrdinalIgnoreCase)))
                        {
                            failures.Add($"{what}: the problem names {string.Join(", ", keys)}, not {leaf}");
                        }
                    }
                }
            }
        }

        Assert.True(requests > 100, $"Only {requests} hostile requests were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>
    /// Query keys that are required, with a value they take: each hostile value of another key is sent
    /// beside these, so that the answer is about that key alone.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> RequiredKeys = new()
    {
        ["api/build"] = new() { ["phase"] = "post-run" },
        ["build"] = new() { ["phase"] = "post-run" },
    };

    [Fact]
    public async Task Every_query_key_takes_hostile_values_without_a_server_error()
    {
        var client = app.CreateClient();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (route, keys) in await QueryKeysAsync())
        {
            var url = "/" + route.Replace("{slug}", "post-run-full").Replace("{id:guid}", Guid.NewGuid().ToString());
            foreach (var key in keys)
            {
                var others = RequiredKeys.GetValueOrDefault(route, []).Where(r => r.Key != key).Select(r => $"&{r.Key}={r.Value}");
                foreach (var value in Values)
                {
                    requests++;
                    var response = await client.GetAsync($"{url}?{key}={Encode(value)}{string.Concat(others)}");
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"GET {url}?{key}={Shorten(value)}: {(int)response.StatusCode}");
                    }
                    else if (response.StatusCode == HttpStatusCode.BadRequest
                        && !(await response.Content.ReadAsStringAsync()).Contains($"\"{key}\"", StringComparison.Ordinal))
                    {
                        failures.Add($"GET {url}?{key}={Shorten(value)}: 400 without naming {key}");
                    }
                }
            }
        }

        Assert.True(requests > 40, $"Only {requests} hostile requests were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>One form field: its name as posted, its type, its name in messages, and whether it is a list of rows.</summary>
    private sealed record Field(string Key, Type Type, string DisplayName, bool IsCollectionOfRows);

    private async Task CheckAsync(HttpClient client, string target, Field field, string body, List<string> failures)
    {
        var before = await FingerprintAsync();
        var response = await client.PostAsync(target, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));
        var what = $"POST {target} {field.Key} ({Shorten(Uri.UnescapeDataString(body.Split($"{Encode(field.Key)}=").ElementAtOrDefault(1)?.Split('&')[0] ?? ""))})";
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            failures.Add($"{what}: {status}");
            return;
        }
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return;
        }
        if (await FingerprintAsync() != before)
        {
            failures.Add($"{what}: refused with {status}, but something was stored");
        }
        if (status is 200 or 400 && (TheValueCannotBind(field, body) || body.Contains($"{Encode(field.Key)}=%00", StringComparison.Ordinal)))
        {
            var page = await response.ToDocumentAsync();
            var id = TagBuilder.CreateSanitizedId(field.Key, "_");
            var summary = page.QuerySelector(".error-summary");
            // A form's summary links the field or names it; a form refused whole (a NUL) is named on its status page.
            var named = summary is not null && (summary.QuerySelector($"a[href='#{id}']") is not null
                    || summary.TextContent.Contains(field.DisplayName, StringComparison.OrdinalIgnoreCase))
                || page.QuerySelector("main")?.TextContent.Contains(field.Key, StringComparison.Ordinal) == true && summary is null && status == 400;
            if (!named)
            {
                failures.Add($"{what}: {status}, and no error names the field");
            }
        }
    }

    /// <summary>The same form with one field replaced by each hostile value, then sent twice, then (for lists of rows) odd indexes.</summary>
    private static IEnumerable<string> HostileBodies(Field field, List<KeyValuePair<string, string>> baseFields, string token)
    {
        var others = baseFields.Where(f => f.Key != field.Key && f.Key != Forms.TokenField).ToList();
        string Body(IEnumerable<KeyValuePair<string, string>> fields) =>
            string.Join("&", fields.Append(new(Forms.TokenField, token)).Select(f => $"{Encode(f.Key)}={Encode(f.Value)}"));
        string Replaced(string value) => Body(others.Append(new(field.Key, value)));

        if (field.IsCollectionOfRows)
        {
            var rows = others.Where(f => !f.Key.StartsWith(field.Key, StringComparison.Ordinal)).ToList();
            yield return Body(rows.Append(new($"{field.Key}.index", "a")));
            yield return Body(others.Append(new($"{field.Key}.index", "a")));
            yield return Body(rows.Append(new($"{field.Key}[999999].Move", "x")));
            yield return Body(rows.Append(new($"{field.Key}[-1].Move", "x")));
            yield return Body(rows.Append(new($"{field.Key}[a].Move", "x")).Append(new($"{field.Key}.index", "a")));
            yield break;
        }
        foreach (var value in Values)
        {
            yield return Replaced(value);
        }
        var original = baseFields.FirstOrDefault(f => f.Key == field.Key).Value ?? "";
        yield return Body(others.Append(new(field.Key, original)).Append(new(field.Key, "on")));
    }

    /// <summary>Whether the hostile value in the body is one the field's type cannot take (so binding must say so).</summary>
    private static bool TheValueCannotBind(Field field, string body)
    {
        var values = body.Split('&').Where(p => p.StartsWith($"{Encode(field.Key)}=", StringComparison.Ordinal))
            .Select(p => Uri.UnescapeDataString(p[(Encode(field.Key).Length + 1)..])).ToList();
        if (values.Count != 1)
        {
            return false;
        }
        var value = values[0].Trim();
        var type = Nullable.GetUnderlyingType(field.Type) ?? field.Type;
        var nullable = Nullable.GetUnderlyingType(field.Type) is not null;
        if (value.Length == 0)
        {
            return !nullable && type.IsValueType && type != typeof(bool);
        }
        return type == typeof(bool) ? value.ToLowerInvariant() is not ("true" or "false" or "on")
            : type == typeof(int) && !int.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out _);
    }

    private static bool Fits(string json, Type type)
    {
        var node = JsonNode.Parse(json);
        var target = Nullable.GetUnderlyingType(type) ?? type;
        return node switch
        {
            null => !type.IsValueType || Nullable.GetUnderlyingType(type) is not null,
            JsonValue v when v.GetValueKind() == JsonValueKind.String => target == typeof(string),
            JsonValue v when v.GetValueKind() == JsonValueKind.Number => target == typeof(int) && int.TryParse(json, out _),
            JsonValue v when v.GetValueKind() is JsonValueKind.True or JsonValueKind.False => target == typeof(bool),
            JsonArray => target.IsGenericType && target.GetGenericTypeDefinition() == typeof(List<>),
            _ => target.IsClass && target != typeof(string),
        };
    }

    private async Task<IEnumerable<(CompiledPageActionDescriptor Page, string Route)>> PagesWithPostHandlersAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var pages = new List<(CompiledPageActionDescriptor, string)>();
        foreach (var endpoint in Endpoints().Where(e => e.Metadata.GetMetadata<PageActionDescriptor>() is not null).DistinctBy(Route))
        {
            var page = await loader.LoadAsync(endpoint.Metadata.GetRequiredMetadata<PageActionDescriptor>(), endpoint.Metadata);
            if (page.HandlerMethods.Any(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)) && !Route(endpoint).StartsWith("error", StringComparison.Ordinal))
            {
                pages.Add((page, Route(endpoint)));
            }
        }
        Assert.Contains(pages, p => p.Item2 == "coach/libraries/{library}/routines/{slug}");
        Assert.Contains(pages, p => p.Item2 == "coach/groups/{group:int}/plan");
        Assert.Contains(pages, p => p.Item2 == "account/delete");
        return pages;
    }

    /// <summary>A page's URL for each kind of thing it edits: an existing move or routine, and a new one.</summary>
    private static IEnumerable<string> Urls(string route, string library, string move, string routine, Group group)
    {
        var url = "/" + route.Replace("{library}", library).Replace("{group:int}", group.Id.ToString()).Replace("{token}", group.JoinToken);
        if (url.Contains("/moves/{slug}", StringComparison.Ordinal))
        {
            return [url.Replace("{slug}", move), url.Replace("{slug}", "new")];
        }
        if (url.Contains("/routines/{slug}", StringComparison.Ordinal))
        {
            return [url.Replace("{slug}", routine), url.Replace("{slug}", "new")];
        }
        Assert.DoesNotContain("{", url);
        return [url];
    }

    /// <summary>Every field a page binds, found through the same model metadata the binder uses.</summary>
    private IEnumerable<Field> Fields(CompiledPageActionDescriptor page, string route)
    {
        var metadata = app.Services.GetRequiredService<IModelMetadataProvider>();
        foreach (var property in page.BoundProperties.Where(p => p.ParameterType != typeof(IFormFile) && !route.Contains($"{{{p.Name}}}")))
        {
            var name = property.BindingInfo?.BinderModelName ?? property.Name;
            foreach (var field in Leaves(metadata, metadata.GetMetadataForType(property.ParameterType), name, property.Name, depth: 0))
            {
                yield return field;
            }
        }
    }

    private static IEnumerable<Field> Leaves(IModelMetadataProvider provider, ModelMetadata metadata, string key, string display, int depth)
    {
        if (metadata.IsEnumerableType && metadata.ModelType != typeof(string))
        {
            if (metadata.ElementMetadata is { IsComplexType: true } rows)
            {
                yield return new(key, metadata.ModelType, display, IsCollectionOfRows: true);
                foreach (var leaf in Leaves(provider, rows, $"{key}[0]", display, depth + 1))
                {
                    yield return leaf;
                }
            }
            else
            {
                yield return new(key, metadata.ElementMetadata?.ModelType ?? typeof(string), display, IsCollectionOfRows: false);
            }
        }
        else if (metadata.IsComplexType && depth < 4)
        {
            foreach (var property in metadata.Properties.Where(p => !p.IsReadOnly))
            {
                foreach (var leaf in Leaves(provider, property, $"{key}.{property.PropertyName}", property.GetDisplayName(), depth + 1))
                {
                    yield return leaf;
                }
            }
        }
        else
        {
            yield return new(key, metadata.ModelType, display, IsCollectionOfRows: false);
        }
    }

    private IEnumerable<(string Route, Type Body)> ApiWrites()
    {
        var writes = Endpoints()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("POST") == true && Route(e).StartsWith("api/", StringComparison.Ordinal))
            .Select(e => (Route(e), e.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType))
            .ToList();
        Assert.All(writes, w => Assert.True(w.Item2 is not null, $"POST /{w.Item1} declares no body type (.Accepts<T>): it cannot be walked."));
        Assert.Contains(writes, w => w.Item1 == "api/sessions");
        return writes.Select(w => (w.Item1, w.Item2!));
    }

    /// <summary>Every JSON field of a body type, by path ("painEvents[0].symptom"), with its type.</summary>
    private static IEnumerable<(string Path, Type Type)> JsonFields(Type type, string prefix)
    {
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var path = prefix + JsonNamingPolicy.CamelCase.ConvertName(property.Name);
            yield return (path, property.PropertyType);
            var element = property.PropertyType.IsGenericType && property.PropertyType.GetGenericTypeDefinition() == typeof(List<>)
                ? property.PropertyType.GetGenericArguments()[0]
                : null;
            if (element is not null)
            {
                var inner = Nullable.GetUnderlyingType(element) ?? element;
                if (inner.IsClass && inner != typeof(string))
                {
                    foreach (var field in JsonFields(inner, $"{path}[0]."))
                    {
                        yield return field;
                    }
                }
                else
                {
                    yield return ($"{path}[0]", element);
                }
            }
        }
    }

    /// <summary>A JSON body holding only the value at the path.</summary>
    private static string JsonAt(string path, string value)
    {
        var parts = path.Split('.');
        var json = value;
        for (var i = parts.Length - 1; i >= 0; i--)
        {
            var part = parts[i];
            json = part.EndsWith("[0]", StringComparison.Ordinal) ? $"{{\"{part[..^3]}\":[{json}]}}" : $"{{\"{part}\":{json}}}";
        }
        // The innermost list element of a scalar list is written as its own value.
        return json;
    }

    /// <summary>The query keys each GET endpoint or page handler reads: its string parameters that are not route values.</summary>
    private async Task<List<(string Route, string[] Keys)>> QueryKeysAsync()
    {
        var loader = app.Services.GetRequiredService<PageLoader>();
        var found = new List<(string, string[])>();
        foreach (var endpoint in Endpoints().DistinctBy(Route))
        {
            var route = Route(endpoint);
            IEnumerable<(string? Name, Type Type)> parameters;
            if (endpoint.Metadata.GetMetadata<PageActionDescriptor>() is { } descriptor)
            {
                var page = await loader.LoadAsync(descriptor, endpoint.Metadata);
                parameters = page.HandlerMethods.Where(h => h.HttpMethod.Equals("GET", StringComparison.OrdinalIgnoreCase))
                    .SelectMany(h => h.Parameters).Select(p => ((string?)p.Name, p.ParameterType));
            }
            else if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true && endpoint.Metadata.GetMetadata<MethodInfo>() is { } method)
            {
                // A bundle of parameters ([AsParameters]) reads its own constructor's parameters, under their query names.
                parameters = method.GetParameters().SelectMany(p => p.GetCustomAttribute<AsParametersAttribute>() is null
                    ? [(p.Name, p.ParameterType)]
                    : p.ParameterType.GetConstructors().Single().GetParameters()
                        .Select(q => (q.GetCustomAttribute<FromQueryAttribute>()?.Name ?? q.Name, q.ParameterType)));
            }
            else
            {
                continue;
            }
            var keys = parameters.Where(p => p.Type == typeof(string) && p.Name is not null && !route.Contains($"{{{p.Name}", StringComparison.Ordinal))
                .Select(p => p.Name!).Distinct().ToArray();
            if (keys.Length > 0 && !route.Contains("{token}", StringComparison.Ordinal))
            {
                found.Add((route, keys));
            }
        }
        Assert.Contains(found, f => f.Item1 == "routines" && f.Item2.Contains("phase"));
        Assert.Contains(found, f => f.Item1 == "api/build" && f.Item2.Order().SequenceEqual(["library", "minutes", "phase", "ranHard", "sore", "tools"]));
        return found;
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Route(RouteEndpoint endpoint)
    {
        var route = (endpoint.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant();
        return route == "index" ? "" : route.EndsWith("/index", StringComparison.Ordinal) ? route[..^"/index".Length] : route;
    }

    /// <summary>Every field of every form on the page, as a browser would post it.</summary>
    private static List<KeyValuePair<string, string>> FormFields(IDocument page) =>
        page.QuerySelectorAll("form[method=post]").ToList()
            .SelectMany(form => FieldsOfForm(page, form))
            .DistinctBy(f => (f.Key, f.Value))
            .ToList();

    private static IEnumerable<KeyValuePair<string, string>> FieldsOfForm(IDocument page, IElement form)
    {
        form.SetAttribute("data-hostile", "this");
        var fields = page.FieldsOf("form[data-hostile]");
        form.RemoveAttribute("data-hostile");
        return fields;
    }

    /// <summary>What the database holds, in numbers that any write changes.</summary>
    private Task<string> FingerprintAsync() => app.WithDbAsync(async db => string.Join(",",
        await db.Libraries.CountAsync(), await db.LibraryEditors.CountAsync(), await db.Moves.CountAsync(), await db.Moves.SumAsync(m => m.Revision),
        await db.Routines.CountAsync(), await db.Routines.SumAsync(r => r.Revision), await db.RoutineVersions.CountAsync(),
        await db.Kiosks.CountAsync(), await db.Kiosks.CountAsync(k => k.RevokedAt != null), await db.SessionLogs.CountAsync(),
        await db.Groups.CountAsync(), await db.GroupCoaches.CountAsync(), await db.GroupMembers.CountAsync(), await db.PlanItems.CountAsync(),
        await db.BuiltRoutines.CountAsync(), await db.SavedRoutines.CountAsync(), await db.SavedRoutines.MaxAsync(s => (int?)s.Id),
        await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.Users.Select(u => u.PasswordHash).OrderBy(h => h).FirstOrDefaultAsync(),
        await db.ReminderSettings.CountAsync(), await db.ReminderSettings.SumAsync(s => s.IntervalMinutes), await db.PushSubscriptions.CountAsync()));

    /// <summary>Form encoding, byte by byte, so a lone surrogate goes as the bytes it would be (not UTF-8), as a hostile client can send.</summary>
    private static string Encode(string text)
    {
        var bytes = new List<byte>();
        foreach (var c in text)
        {
            if (char.IsSurrogate(c))
            {
                bytes.AddRange([(byte)(0xE0 | (c >> 12)), (byte)(0x80 | ((c >> 6) & 0x3F)), (byte)(0x80 | (c & 0x3F))]);
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(c.ToString()));
            }
        }
        return string.Concat(bytes.Select(b => char.IsAsciiLetterOrDigit((char)b) || b is (byte)'-' or (byte)'_' or (byte)'.' ? ((char)b).ToString() : $"%{b:X2}"));
    }

    private static string Shorten(string value) => value.Length <= 20 ? value : $"{value[..20]}… ({value.Length} chars)";
}

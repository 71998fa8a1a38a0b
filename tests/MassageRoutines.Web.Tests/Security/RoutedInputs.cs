using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using MassageRoutines.Web.Libraries;
using AngleSharp.Dom;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.DependencyInjection;
using Group = MassageRoutines.Web.Data.Group;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>One form field: its name as posted, its type, its name in messages, and whether it is a list of rows.</summary>
internal sealed record Field(string Key, Type Type, string DisplayName, bool IsCollectionOfRows);

/// <summary>
/// What the app takes from a visitor, found from its routing table: the page handlers that post and
/// their fields, the API writes and their bodies, and the query keys. A new handler is found here
/// without a test of its own.
/// </summary>
internal sealed class RoutedInputs(AppFactory app)
{
    public async Task<IEnumerable<(CompiledPageActionDescriptor Page, string Route)>> PagesWithPostHandlersAsync()
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
    public static IEnumerable<string> Urls(string route, string library, string move, string routine, Group group)
    {
        var url = "/" + route.Replace("{library}", library).Replace("{group:int}", group.Id.ToString()).Replace("{token}", group.JoinToken).Replace("{code?}", "es").Replace("{code}", "es");
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
    public IEnumerable<Field> Fields(CompiledPageActionDescriptor page, string route)
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

    public IEnumerable<(string Route, Type Body)> ApiWrites()
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
    public static IEnumerable<(string Path, Type Type)> JsonFields(Type type, string prefix)
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

    /// <summary>The query keys each GET endpoint or page handler reads: its string parameters that are not route values.</summary>
    public async Task<List<(string Route, string[] Keys)>> QueryKeysAsync()
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
                // A bundle of parameters ([AsParameters]) reads its own settable properties, under their query names.
                parameters = method.GetParameters().SelectMany(p => p.GetCustomAttribute<AsParametersAttribute>() is null
                    ? [(p.Name, p.ParameterType)]
                    : p.ParameterType.GetProperties().Where(q => q.CanWrite)
                        .Select(q => ((string?)(q.GetCustomAttribute<FromQueryAttribute>()?.Name ?? q.Name), q.PropertyType)));
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

    /// <summary>Every GET route with route values (pages and API), once each.</summary>
    public List<RoutePattern> RoutesWithValues()
    {
        var routes = Endpoints()
            .Where(e => e.RoutePattern.Parameters.Count > 0
                && (e.Metadata.GetMetadata<PageActionDescriptor>() is not null || e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true))
            .DistinctBy(Route).Select(e => e.RoutePattern).ToList();
        Assert.Contains(routes, r => r.RawText?.Trim('/').Equals("play/{slug}", StringComparison.OrdinalIgnoreCase) == true);
        return routes;
    }

    /// <summary>The route's URL with <paramref name="value"/> (already encoded) at one parameter, and an ordinary value at the others.</summary>
    public static string UrlWith(RoutePattern route, RoutePatternParameterPart at, string value, string library) =>
        "/" + string.Join("/", route.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            RoutePatternLiteralPart literal => literal.Content,
            RoutePatternSeparatorPart separator => separator.Content,
            RoutePatternParameterPart parameter when parameter == at => value,
            RoutePatternParameterPart parameter => OrdinaryValue(parameter, library),
            _ => "",
        }))));

    private static string OrdinaryValue(RoutePatternParameterPart parameter, string library) =>
        parameter.Name switch
        {
            "library" => library,
            "slug" => "post-run-quick",
            "code" => "404",
            "path" => "app.css",
            "documentName" => "v1",
            _ when parameter.ParameterPolicies.Any(p => p.Content == "guid") => Guid.NewGuid().ToString(),
            _ when parameter.ParameterPolicies.Any(p => p.Content == "int") => "1",
            _ => "x",
        };

    /// <summary>The JSON path of every whole number a library file may hold ("$.moves[0].cues[0].atSecond"), found in its schema.</summary>
    public static List<string> WholeNumbersOfLibraryFiles()
    {
        var file = LibrarySchema.File;
        var paths = new List<string>();
        void Walk(JsonNode? schema, string path)
        {
            if (schema?["$ref"]?.GetValue<string>() is { } reference)
            {
                schema = file["$defs"]![reference.Split('/')[^1]];
            }
            switch (schema?["type"]?.GetValue<string>())
            {
                case "integer":
                    paths.Add(path);
                    break;
                case "array":
                    Walk(schema["items"], $"{path}[0]");
                    break;
                case "object":
                    foreach (var (name, property) in schema["properties"]!.AsObject())
                    {
                        Walk(property, $"{path}.{name}");
                    }
                    break;
            }
        }
        Walk(file, "$");
        Assert.Contains("$.moves[0].cues[0].atSecond", paths);
        Assert.Contains("$.routines[0].items[0].restSeconds", paths);
        return paths;
    }

    private IEnumerable<RouteEndpoint> Endpoints() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>();

    private static string Route(RouteEndpoint endpoint)
    {
        var route = (endpoint.RoutePattern.RawText ?? "").Trim('/').ToLowerInvariant();
        return route == "index" ? "" : route.EndsWith("/index", StringComparison.Ordinal) ? route[..^"/index".Length] : route;
    }

    /// <summary>Every field of every form on the page, as a browser would post it.</summary>
    public static List<KeyValuePair<string, string>> FormFields(IDocument page) =>
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
}

using System.Text;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Api;

/// <summary>
/// Renders the schemas of the app's OpenAPI document as JSDoc typedefs: wwwroot/js/api-types.js, which
/// the browser modules are type-checked against (tsconfig.json). ApiTypesTests keeps the file in step.
/// </summary>
public static class ApiTypes
{
    public const string UpdateVariable = "UPDATE_API_TYPES";

    public const string Regenerate =
        $"{UpdateVariable}=1 dotnet test tests/MassageRoutines.Web.Tests --filter \"FullyQualifiedName~ApiTypesTests\"";

    /// <summary>The committed file, in the repository this test was built from.</summary>
    public static string FilePath()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "MassageRoutines.sln")))
        {
            folder = folder.Parent;
        }
        if (folder is null)
        {
            throw new InvalidOperationException($"No MassageRoutines.sln above {AppContext.BaseDirectory}.");
        }
        return Path.Combine(folder.FullName, "src", "MassageRoutines.Web", "wwwroot", "js", "api-types.js");
    }

    public static string Render(JsonElement document)
    {
        var text = new StringBuilder();
        text.Append("""
            // @ts-check
            // GENERATED from the app's OpenAPI document (/openapi/v1.json): do not edit by hand. After a change to the
            // API's shapes, regenerate it with
            """).Append("\n//   ").Append(Regenerate).Append('\n').Append("""
            // (tests/MassageRoutines.Web.Tests/Api/ApiTypesTests.cs, which fails while this file is stale).
            // The JSON shapes of the API, for the type checker only (tsconfig.json): no page loads this file, and as it
            // is not a module its typedefs are seen by every module without an import. Types of the browser's own are
            // in types.js.
            """).Append('\n');
        var schemas = document.GetProperty("components").GetProperty("schemas").EnumerateObject()
            .OrderBy(schema => schema.Name, StringComparer.Ordinal).ToList();
        // An enum is written out where it is used in a list: name it as its own schema there too.
        var enums = schemas.Where(schema => schema.Value.TryGetProperty("enum", out _))
            .ToDictionary(schema => schema.Value.GetProperty("enum").GetRawText(), schema => schema.Name);
        foreach (var schema in schemas)
        {
            var shape = new Renderer(enums.Where(e => e.Value != schema.Name).ToDictionary()).TypeOf(schema.Value, indent: " * ");
            text.Append("\n/**\n");
            text.Append(" * @typedef {").Append(shape).Append("} ").Append(schema.Name).Append('\n');
            if (schema.Value.TryGetProperty("description", out var description))
            {
                foreach (var line in Lines(description.GetString()))
                {
                    text.Append(" *   ").Append(line).Append('\n');
                }
            }
            text.Append(" */\n");
        }
        return text.ToString();
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Replace("\r", "").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => line.Trim().Replace("*/", "* /"));

    private sealed class Renderer(Dictionary<string, string> enums)
    {
        public string TypeOf(JsonElement schema, string indent)
        {
            if (schema.ValueKind != JsonValueKind.Object)
            {
                return "unknown";
            }
            if (schema.TryGetProperty("$ref", out var reference))
            {
                return reference.GetString()!.Split('/')[^1];
            }
            foreach (var union in new[] { "oneOf", "anyOf" })
            {
                if (schema.TryGetProperty(union, out var options))
                {
                    return string.Join(" | ", options.EnumerateArray().Select(option => TypeOf(option, indent)).Distinct());
                }
            }
            var nullable = schema.TryGetProperty("nullable", out var isNullable) && isNullable.GetBoolean();
            var types = new List<string>();
            if (schema.TryGetProperty("type", out var type))
            {
                types.AddRange(type.ValueKind == JsonValueKind.Array
                    ? type.EnumerateArray().Select(t => t.GetString()!)
                    : [type.GetString()!]);
            }
            if (types.Remove("null"))
            {
                nullable = true;
            }
            string shape;
            if (schema.TryGetProperty("enum", out var values) && enums.TryGetValue(values.GetRawText(), out var name))
            {
                shape = name;
            }
            else if (schema.TryGetProperty("enum", out values))
            {
                var named = values.EnumerateArray().Where(value => value.ValueKind != JsonValueKind.Null).Select(value => value.GetRawText()).ToList();
                nullable |= values.EnumerateArray().Any(value => value.ValueKind == JsonValueKind.Null);
                shape = string.Join(" | ", named);
            }
            else
            {
                shape = types switch
                {
                    [] when schema.TryGetProperty("properties", out _) => ObjectOf(schema, indent),
                    [] when nullable => "null",
                    [] => "unknown",
                    ["object"] => ObjectOf(schema, indent),
                    ["array"] => ArrayOf(schema, indent),
                    ["string"] => "string",
                    // The API writes numbers; it also reads them from strings, which the document says as well.
                    ["integer"] or ["number"] or ["integer", "string"] or ["number", "string"] => "number",
                    ["boolean"] => "boolean",
                    _ => "unknown",
                };
            }
            return nullable && shape is not ("unknown" or "null") ? $"{shape} | null" : shape;
        }

        private string ArrayOf(JsonElement schema, string indent)
        {
            var item = schema.TryGetProperty("items", out var items) ? TypeOf(items, indent) : "unknown";
            return item.Contains(' ') ? $"({item})[]" : $"{item}[]";
        }

        private string ObjectOf(JsonElement schema, string indent)
        {
            if (!schema.TryGetProperty("properties", out var properties))
            {
                return schema.TryGetProperty("additionalProperties", out var values)
                    ? $"Record<string, {TypeOf(values, indent)}>"
                    : "Record<string, unknown>";
            }
            var required = schema.TryGetProperty("required", out var names)
                ? names.EnumerateArray().Select(name => name.GetString()).ToHashSet()
                : [];
            var text = new StringBuilder("{\n");
            foreach (var property in properties.EnumerateObject())
            {
                var optional = required.Contains(property.Name) ? "" : "?";
                text.Append(indent).Append("  ").Append(property.Name).Append(optional).Append(": ")
                    .Append(TypeOf(property.Value, indent + "  ")).Append(",\n");
            }
            return text.Append(indent).Append('}').ToString();
        }
    }
}

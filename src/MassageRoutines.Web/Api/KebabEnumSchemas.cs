using System.Text.Json.Nodes;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace MassageRoutines.Web.Api;

/// <summary>
/// Describes every enum in the OpenAPI document as what the API reads and writes: a string, one of its
/// kebab-case names (<see cref="Kebab"/>). The document cannot see through Kebab's own JSON converter, and
/// the browser modules' types are generated from it (wwwroot/js/api-types.js). A list of enum values then
/// loses its items too: they are given back, as the enum's own schema.
/// </summary>
public sealed class KebabEnumSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (EnumOf(context.JsonTypeInfo.Type) is { } type)
        {
            schema.Type = JsonSchemaType.String;
            schema.Enum = NamesOf(type);
        }
        else if (schema.Type?.HasFlag(JsonSchemaType.Array) == true && EnumOf(context.JsonTypeInfo.ElementType) is { } item)
        {
            schema.Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = NamesOf(item) };
        }
        return Task.CompletedTask;
    }

    private static List<JsonNode> NamesOf(Type type) =>
        Enum.GetNames(type).Select(name => (JsonNode)JsonValue.Create(Kebab.Policy.ConvertName(name))).ToList();

    private static Type? EnumOf(Type? type) => (type is null ? null : Nullable.GetUnderlyingType(type) ?? type) is { IsEnum: true } found ? found : null;
}

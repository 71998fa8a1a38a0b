using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Http.HttpResults;

namespace MassageRoutines.Web.Api;

public static class ApiSetup
{
    /// <summary>camelCase JSON with enums spelled in kebab case, RFC 7807 errors, and an OpenAPI document.</summary>
    public static WebApplicationBuilder AddApi(this WebApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(options =>
        {
            options.SerializerOptions.Converters.Add(Kebab.JsonConverter);
            // Escape <, > and & too: a coach's text never reaches a browser as markup, even from JSON.
            options.SerializerOptions.Encoder = JavaScriptEncoder.Default;
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(TranslationsHidden.Modify);
        });
        builder.Services.AddProblemDetails(problems => problems.CustomizeProblemDetails = context =>
        {
            if (context.Exception is { } exception && Conflicts.IsConflict(exception))
            {
                context.ProblemDetails.Title = "Someone else changed this at the same moment";
                context.ProblemDetails.Detail = "Nothing was half-saved. Send it again to try once more.";
            }
        });
        builder.Services.AddOpenApi(options => options.AddSchemaTransformer<KebabEnumSchemas>());
        return builder;
    }

    public static WebApplication MapApi(this WebApplication app)
    {
        app.MapOpenApi();
        app.MapMovesApi();
        app.MapRoutinesApi();
        app.MapSessionsApi();
        app.MapKiosksApi();
        app.MapRemindersApi();
        app.MapBuildApi();
        app.MapAccountApi();
        app.MapOfflineApi();
        app.MapAntiforgeryToken();
        app.MapGet(LibrarySchema.Url, () => TypedResults.Text(LibrarySchema.Text, "application/schema+json"))
            .WithTags("Libraries").WithSummary("The JSON Schema of library files (seeds, import and export).");
        return app;
    }

    public static ProblemHttpResult NotFoundProblem(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}

using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization.Metadata;
using MassageRoutines.Web.Libraries;
using MassageRoutines.Web.Operations;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

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
            InRequestLanguage(context.HttpContext, context.ProblemDetails);
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

    /// <summary>
    /// Every problem the API answers speaks the request's language (Accept-Language): a title, detail or
    /// field message that is one of Words' keys is given in it. Texts holding values ("No published routine
    /// has the slug 'x'.") are put in the language where they are made, and pass through here unchanged.
    /// Status code pages and the exception handler write their problems outside the request's culture
    /// (they wrap the middleware that sets it), so the language is taken from what that middleware chose.
    /// </summary>
    private static void InRequestLanguage(HttpContext http, ProblemDetails problem)
    {
        var t = http.RequestServices.GetRequiredService<IStringLocalizer<Words>>();
        var before = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = http.Features.Get<IRequestCultureFeature>()?.RequestCulture.UICulture ?? before;
        try
        {
            problem.Title = problem.Title is null ? null : t[problem.Title].Value;
            problem.Detail = problem.Detail is null ? null : t[problem.Detail].Value;
            if (problem is HttpValidationProblemDetails validation)
            {
                foreach (var (field, messages) in validation.Errors.ToList())
                {
                    validation.Errors[field] = [.. messages.Select(message => t[message].Value)];
                }
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    public static ProblemHttpResult NotFoundProblem(string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: StatusCodes.Status404NotFound);
}

using System.Net.Http.Json;
using System.Text.Json;

namespace MassageRoutines.Web.Tests.Api;

/// <summary>The browser modules' API types (wwwroot/js/api-types.js) are the OpenAPI document's schemas, as they stand.</summary>
public class ApiTypesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task The_browser_modules_api_types_are_generated_from_the_openapi_document()
    {
        var document = await app.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        var generated = ApiTypes.Render(document);
        var path = ApiTypes.FilePath();
        if (Environment.GetEnvironmentVariable(ApiTypes.UpdateVariable) == "1")
        {
            await File.WriteAllTextAsync(path, generated);
        }

        var committed = File.Exists(path) ? (await File.ReadAllTextAsync(path)).Replace("\r\n", "\n") : "";
        Assert.True(committed == generated,
            $"{path} is not what the OpenAPI document describes now. Regenerate it with\n  {ApiTypes.Regenerate}\nthen run `npm run typecheck`.");
    }
}

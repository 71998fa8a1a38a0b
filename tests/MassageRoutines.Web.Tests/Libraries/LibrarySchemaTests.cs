using System.Text.Json;
using Json.Schema;
using MassageRoutines.Engine;
using MassageRoutines.Web.Libraries;

namespace MassageRoutines.Web.Tests.Libraries;

public class LibrarySchemaTests(AppFactory app) : IClassFixture<AppFactory>
{
    /// <summary>As a file author's tool would load it; each in a registry of its own, as the schema has an $id.</summary>
    private static JsonSchema Load(string text) => JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new() });

    [Fact]
    public async Task The_schema_is_served_and_every_seed_file_meets_it()
    {
        var response = await app.CreateClient().GetAsync(LibrarySchema.Url);
        var schema = Load(await response.Content.ReadAsStringAsync());

        Assert.Equal("application/schema+json", response.Content.Headers.ContentType!.MediaType);
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds"), "*.json"))
        {
            using var seed = JsonDocument.Parse(File.ReadAllText(file));
            Assert.True(schema.Evaluate(seed.RootElement).IsValid, $"{Path.GetFileName(file)} does not meet the schema.");
        }
    }

    [Fact]
    public async Task The_served_schema_refuses_what_the_reader_refuses()
    {
        var schema = Load(await app.CreateClient().GetStringAsync(LibrarySchema.Url));
        using var file = JsonDocument.Parse("""{ "schemaVersion": 1, "moves": [ { "slug": "a", "regions": ["knees"] } ] }""");

        Assert.False(schema.Evaluate(file.RootElement).IsValid);
    }

    [Fact]
    public void The_schema_takes_its_values_from_the_engine()
    {
        var regions = LibrarySchema.Move["properties"]!["regions"]!["items"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>());

        Assert.Equal(Kebab.All<BodyRegion>(), regions);
        Assert.Contains($"At most {MoveRules.MaxNameLength} characters", LibrarySchema.Move["properties"]!["name"]!["description"]!.GetValue<string>());
    }
}

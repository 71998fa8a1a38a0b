namespace MassageRoutines.Web.Tests.Pages.Moves;

public class IndexTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Fact]
    public async Task Lists_every_published_move_by_name()
    {
        var page = await app.CreateClient().GetDocumentAsync("/moves");

        var names = page.Texts(".cards h2").ToList();
        Assert.Equal(13, names.Count);
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Contains("Glutes, hips and adductors on a ball", names);
    }
}

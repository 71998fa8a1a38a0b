using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text.Json;
using MassageRoutines.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Building;

/// <summary>The builder speaks the reader's language: the built routine's name, why each move is there, and the notes.</summary>
public class BuildLanguageTests(AppFactory app) : IClassFixture<AppFactory>
{
    private HttpClient Client(string language) => app.AskingFor(language);

    [Fact]
    public async Task The_build_page_in_German_names_the_routine_and_says_why_and_what_stood_in_in_German()
    {
        var page = await Client("de").GetDocumentAsync("/build?phase=post-run&minutes=8&sore=calves");

        Assert.Equal("Deine Routine nach dem Lauf", page.Text("#built-title"));
        var whys = page.Texts(".why");
        // The region's own word inside the sentence is the regions' part of the words, not the builder's.
        Assert.Contains(whys, why => why.StartsWith("Warum diese Übung: Schmerzende Stellen (") && why.EndsWith("): mehr Zeit, solange deine Muskeln noch warm sind."));
        var notes = page.Texts("section[aria-labelledby=warnings-title] li");
        // The moves' names are the library's; the sentence around them is the builder's.
        Assert.Contains(notes, note => note.Contains(" ersetzt ") && note.EndsWith(": Dafür bräuchtest du eine Faszienrolle oder einen Massageball."));
    }

    [Fact]
    public async Task The_build_api_in_Spanish_says_why_nothing_could_be_built_and_what_is_missing()
    {
        var response = await Client("es").GetAsync("/api/build?phase=pre-run");

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        var notes = problem.GetProperty("notes").EnumerateArray().Select(n => (n.GetProperty("code").GetString(), n.GetProperty("message").GetString())).ToList();
        Assert.Equal(("nothing-to-do", "Con lo que tienes, no puedes hacer ningún ejercicio de la biblioteca antes de correr."), notes[0]);
        Assert.Contains(("tool-missing", "Para la zona lumbar y las caderas antes de correr necesitarías un rodillo de espuma o un cojín firme."), notes);
        Assert.Equal(string.Join(" ", notes.Select(n => n.Item2)), problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task A_kiosk_build_in_German_answers_with_the_routine_named_and_its_whys_said_in_German()
    {
        // As kiosk-build.js asks: the kiosk's language in the query, whatever the tablet's browser asks for.
        var built = await Client("en").GetFromJsonAsync<JsonElement>("/api/build?phase=post-run&tools=foam-roller&sore=calves&lang=de");

        Assert.Equal("Deine Routine nach dem Lauf", built.GetProperty("routine").GetProperty("name").GetString());
        var whys = built.GetProperty("segments").EnumerateArray().Where(s => s.TryGetProperty("why", out _)).Select(s => s.GetProperty("why").GetString()!).ToList();
        Assert.Contains(whys, why => why.StartsWith("Schmerzende Stellen (") && why.EndsWith("): mehr Zeit, solange deine Muskeln noch warm sind."));
        Assert.Contains("Lös nach dem Lauf verspannte Stellen in Gesäß und Adduktoren.", whys);
    }

    [Fact]
    public async Task A_built_routine_reads_in_the_language_of_whoever_opens_it_its_name_and_whys_included()
    {
        var built = await Client("en").GetFromJsonAsync<JsonElement>("/api/build?phase=post-run&minutes=6&tools=ball&sore=calves");
        var slug = built.GetProperty("routine").GetProperty("slug").GetString()!;

        var spanish = await Client("es").GetDocumentAsync($"/routines/{slug}");

        Assert.Equal("Tu rutina después de correr", spanish.Text("h1"));
        Assert.Contains(spanish.Texts(".why"), why => why.Contains("Molestias en las pantorrillas: más tiempo mientras tus músculos siguen calientes."));
        var timeline = await Client("es").GetFromJsonAsync<JsonElement>($"/api/routines/{slug}/timeline");
        Assert.Equal("Tu rutina después de correr", timeline.GetProperty("routine").GetProperty("name").GetString());
    }

    [Fact]
    public async Task A_routine_built_before_whys_were_wordings_still_shows_its_english_whys_and_notes()
    {
        var built = await Client("en").GetFromJsonAsync<JsonElement>("/api/build?phase=break&minutes=5&tools=hands");
        var model = await app.WithDbAsync(db => db.BuiltRoutines.AsNoTracking().SingleAsync(b => b.Slug == built.GetProperty("routine").GetProperty("slug").GetString()));
        var hash = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var slug = $"built-{hash[..16]}";
        // As the code before wordings kept them: plain English text in the same columns.
        await app.WithDbAsync(async db =>
        {
            db.BuiltRoutines.Add(new BuiltRoutineRecord
            {
                Slug = slug,
                Hash = hash,
                LibraryId = model.LibraryId,
                Definition = model.Definition.Replace(model.Slug, slug),
                Whys = [.. model.Whys.Select((_, i) => $"Old reason {i + 1}: gets you moving.")],
                Notes = [new BuiltNote { Code = "shorter-than-asked", Message = "This routine takes 4:30, short of the 5 minutes you asked for." }],
                BuiltAt = model.BuiltAt,
            });
            return await db.SaveChangesAsync();
        });

        var page = await Client("de").GetDocumentAsync($"/routines/{slug}");

        Assert.Equal([.. model.Whys.Select((_, i) => $"Warum diese Übung: Old reason {i + 1}: gets you moving.")], page.Texts(".why"));
        Assert.Contains("This routine takes 4:30, short of the 5 minutes you asked for.", page.Texts("section[aria-labelledby=warnings-title] li"));
    }
}

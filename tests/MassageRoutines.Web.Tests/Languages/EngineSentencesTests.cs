using MassageRoutines.Engine;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Pages.Coach;
using Microsoft.EntityFrameworkCore;

namespace MassageRoutines.Web.Tests.Languages;

/// <summary>What the engine says about a move, a routine or reminder settings reaches the reader in their language.</summary>
public class EngineSentencesTests(AppFactory app) : IClassFixture<AppFactory>
{
    [Theory]
    [InlineData("de", "Name darf höchstens 80 Zeichen haben (es sind 81).", "Schritt 2 darf höchstens 300 Zeichen haben (es sind 301).", "Ansage 1 liegt bei 75 s, außerhalb der 60 Sekunden der Übung.")]
    [InlineData("es", "Nombre puede tener como máximo 80 caracteres (tiene 81).", "Paso 2 puede tener como máximo 300 caracteres (tiene 301).", "La indicación 1 está en el segundo 75, fuera de los 60 segundos del ejercicio.")]
    public async Task The_move_editor_explains_a_broken_rule_in_the_coachs_language(string language, string name, string step, string cue)
    {
        var coach = await SignedInCoach.CreateAsync(app);
        coach.Client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        var editor = $"{coach.LibraryUrl}/moves/new";

        var page = await (await coach.Client.PostFormAsync(editor,
        [
            new("Form.Name", new string('n', 81)),
            new("Form.MainRegion", "calves"),
            new("Form.Position", "seated"),
            new("Form.Technique", "broad"),
            new("Form.Intensity", "moderate"),
            new("Form.Phases", "post-run"),
            new("Form.DefaultSeconds", "60"),
            new("Form.MinSeconds", "30"),
            new("Form.MaxSeconds", "120"),
            new("Form.Steps", "Sit with the roller under one calf.\n" + new string('s', 301)),
            new("Form.Cues", "75 Too late."),
            new("Form.Status", "draft"),
            new("Form.Revision", "0"),
        ], $"{editor}?handler=Save")).ToDocumentAsync();

        Assert.Equal(language, page.DocumentElement.GetAttribute("lang"));
        Assert.Equal((name, step, cue), (page.FieldError("Form.Name"), page.FieldError("Form.Steps"), page.FieldError("Form.Cues")));
    }

    [Fact]
    public async Task A_routine_s_page_says_what_is_good_to_know_in_the_runners_language()
    {
        // A short pre-run routine of a deep post-run move: played lighter, not meant for before a run, and a short bout.
        await app.WithDbAsync(async db =>
        {
            var move = await db.Moves.SingleAsync(m => m.Slug == "glutes-hips-adductors-ball");
            var moves = await db.Moves.Where(m => m.LibraryId == move.LibraryId).ToDictionaryAsync(m => m.Slug, m => m.Id);
            var routine = new Routine
            {
                Slug = "pre-run-too-deep-in-words",
                Name = "Too deep before a run",
                Phase = Phase.PreRun,
                WarmUpMinutes = 10,
                Items = [new RoutineItem { Move = move.ToMove(), Seconds = 60 }],
            };
            var record = RoutineRecord.From(routine, move.LibraryId, moves, ContentStatus.Published, app.Clock.GetUtcNow().UtcDateTime);
            record.Version = 1;
            record.Versions.Add(RoutineVersionRecord.From(routine, app.Clock.GetUtcNow().UtcDateTime));
            db.Routines.Add(record);
            return await db.SaveChangesAsync();
        });
        await app.LibraryChangedAsync();
        var client = app.AskingFor("es");

        var page = await client.GetDocumentAsync("/routines/pre-run-too-deep-in-words");

        Assert.Equal("Conviene saber", page.Text("#warnings-title"));
        var notes = page.Texts("#warnings-title + ul li").ToList();
        Assert.Contains(notes, n => n.EndsWith(" es un ejercicio de presión profunda; antes de correr se hace con presión moderada y un recordatorio de buscar circulación y calor, no profundidad.", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.EndsWith(" no está pensado para rutinas antes de correr.", StringComparison.Ordinal));
        Assert.Contains(notes, n => n.StartsWith("El masaje dura ", StringComparison.Ordinal) && n.EndsWith(". Las tandas cortas de 5 a 10 minutos son las que más ayudan.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_reminder_settings_say_what_does_not_fit_in_the_runners_language()
    {
        var client = app.NoRedirects();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("es");

        var page = await (await client.PostFormAsync("/account/reminders",
        [
            new("Form.Days", "monday"),
            new("Form.From", "18:00"),
            new("Form.To", "12:00"),
            new("Form.IntervalMinutes", "5"),
            new("Form.TimeZoneId", "Mars/Olympus_Mons"),
        ])).ToDocumentAsync();

        Assert.Equal("Las horas de los recordatorios deben terminar después de empezar (18:00 a 12:00); no pueden pasar de la medianoche.", page.FieldError("Form.To"));
        Assert.Equal("Minutos entre pausas debe estar entre 10 y 240 (es 5).", page.FieldError("Form.IntervalMinutes"));
        Assert.Equal("«Mars/Olympus_Mons» no es una zona horaria que este servidor conozca; usa un identificador IANA como «Europe/Madrid».", page.FieldError("Form.TimeZoneId"));
    }
}

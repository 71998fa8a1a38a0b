using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using MassageRoutines.Web.Data;
using MassageRoutines.Web.Tests.Api;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using static MassageRoutines.Web.Tests.Security.HostileValues;

namespace MassageRoutines.Web.Tests.Security;

/// <summary>
/// Sends wrong values (<see cref="HostileValues"/>) to every form field of every page handler, every
/// field of every API body and every query key the app reads (<see cref="RoutedInputs"/>). Each answer
/// must not be a 5xx; a value a field cannot take must be refused with an error that names the field;
/// and a refused request stores nothing. Each family of values is a test case of its own, and each
/// failure names the request and the value.
/// </summary>
public sealed class HostileInputTests(AppFactory app) : IClassFixture<AppFactory>
{
    private readonly RoutedInputs inputs = new(app);

    public static TheoryData<string> FormFamilyNames => [.. FormFamilies];

    public static TheoryData<string> JsonValueNames => [.. JsonValues.Keys];

    public static TheoryData<string> ValueNames => [.. Values.Keys];

    public static TheoryData<string> RouteValueNames => [.. RouteValues.Keys];

    public static TheoryData<string> OutOfRangeNumberNames => [.. OutOfRangeNumbers];

    [Theory]
    [MemberData(nameof(FormFamilyNames))]
    public async Task Every_page_handler_refuses_hostile_form_values_by_field_and_stores_nothing_half(string family)
    {
        // Clients that do not follow redirects: a redirect is the handler's "done", and must not be mistaken for a refusal.
        var coachEmail = $"hostile-coach-{Guid.NewGuid():N}@example.com";
        var runnerEmail = $"hostile-runner-{Guid.NewGuid():N}@example.com";
        var ownerId = await app.CreateCoachAsync(coachEmail);
        var library = await app.CreateLibraryAsync(ownerId, $"Hostile club {Guid.NewGuid():N}"[..20]);
        var owner = await app.SignedInAsync(coachEmail, followRedirects: false);
        await app.CreateUserAsync(runnerEmail);
        var runner = await app.SignedInAsync(runnerEmail, followRedirects: false);
        var (move, routine) = await app.WithDbAsync(async db => (
            await db.Moves.Where(m => m.LibraryId == library.Id).Select(m => m.Slug).FirstAsync(),
            await db.Routines.Where(r => r.LibraryId == library.Id && r.Phase == Engine.Phase.PostRun).Select(r => r.Slug).FirstAsync()));
        await app.WithDbAsync(async db =>
        {
            db.Kiosks.Add(new KioskRecord { Name = "Hostile kiosk", Token = Guid.NewGuid().ToString("N"), LibraryId = library.Id, CreatedBy = ownerId });
            return await db.SaveChangesAsync();
        });
        var runnerId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == runnerEmail).Select(u => u.Id).SingleAsync());
        var group = await app.CreateGroupAsync(ownerId, "Hostile group", [new PlanItem { RoutineSlug = routine, Timing = PlanTiming.Daily }], runnerId);

        var failures = new List<string>();
        var requests = 0;
        foreach (var (page, route) in await inputs.PagesWithPostHandlersAsync())
        {
            foreach (var url in RoutedInputs.Urls(route, library.Slug, move, routine, group))
            {
                var client = route.StartsWith("coach", StringComparison.Ordinal) ? owner
                    : route is "account" or "my-routines" or "account/delete" or "plan" or "groups/join/{token}" ? runner
                    : app.NoRedirects();
                var basePage = await client.GetDocumentAsync(url);
                var baseFields = RoutedInputs.FormFields(basePage);
                // A page with no form of its own takes the token the API hands out.
                var token = baseFields.FirstOrDefault(f => f.Key == Forms.TokenField).Value
                    ?? await client.ApiTokenAsync();
                var fields = inputs.Fields(page, route).ToList();

                foreach (var handler in page.HandlerMethods.Where(h => h.HttpMethod.Equals("POST", StringComparison.OrdinalIgnoreCase)))
                {
                    var target = handler.Name is null ? url : $"{url}?handler={handler.Name}";
                    var handlerFields = fields.Concat(handler.Parameters
                        .Where(p => p.ParameterType != typeof(CancellationToken) && !route.Contains($"{{{p.Name}}}"))
                        .Select(p => new Field(p.Name, p.ParameterType, p.Name, IsCollectionOfRows: false))).ToList();
                    foreach (var field in handlerFields)
                    {
                        foreach (var body in FormBodies(family, field, baseFields, token))
                        {
                            requests++;
                            await CheckFormAsync(client, target, field, body, failures);
                        }
                    }
                }
            }
        }

        Assert.True(requests > MinimumFormRequests[family], $"Only {requests} hostile requests were made; the walk over the handlers found too little.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>
    /// Enough requests of each family that the walk over the handlers cannot have missed much: one a
    /// field (357 when written), or five a list of rows (80). Together, more than the thousand the
    /// walk made before it was split by family.
    /// </summary>
    private static readonly Dictionary<string, int> MinimumFormRequests =
        FormFamilies.ToDictionary(f => f, f => f == OddRowIndexes ? 20 : 111);

    [Theory]
    [MemberData(nameof(JsonValueNames))]
    public async Task Every_api_write_refuses_hostile_json_by_field_and_stores_nothing(string valueName)
    {
        var value = JsonValues[valueName];
        var (_, kioskToken) = await app.CreateKioskAsync();
        var client = await app.RunnerClientAsync();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (route, bodyType) in inputs.ApiWrites())
        {
            var url = "/" + route.Replace("{token}", kioskToken);
            foreach (var (path, type) in RoutedInputs.JsonFields(bodyType, ""))
            {
                requests++;
                var body = JsonAt(path, value);
                var before = await FingerprintAsync();
                var response = await client.PostAsync(url, new StringContent(body, Encoding.UTF8, "application/json"));
                var what = $"POST {url} {path}={Shorten(value)}";
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"{what}: {(int)response.StatusCode}");
                    continue;
                }
                if (response.IsSuccessStatusCode)
                {
                    failures.Add($"{what}: accepted a log made of one field");
                    continue;
                }
                if (await FingerprintAsync() != before)
                {
                    failures.Add($"{what}: refused with {(int)response.StatusCode}, but something was stored");
                }
                if (response.StatusCode == HttpStatusCode.BadRequest && !Fits(value, type))
                {
                    var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
                    var keys = problem.TryGetProperty("errors", out var errors) ? errors.EnumerateObject().Select(e => e.Name).ToList() : [];
                    var leaf = path.Split('.').Last().Split('[')[0];
                    if (!keys.Any(k => k.Contains(leaf, StringComparison.OrdinalIgnoreCase)))
                    {
                        failures.Add($"{what}: the problem names {string.Join(", ", keys)}, not {leaf}");
                    }
                }
            }
        }

        Assert.True(requests > 10, $"Only {requests} hostile requests were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    /// <summary>
    /// Query keys that are required, with a value they take: each hostile value of another key is sent
    /// beside these, so that the answer is about that key alone.
    /// </summary>
    private static readonly Dictionary<string, Dictionary<string, string>> RequiredKeys = new()
    {
        ["api/build"] = new() { ["phase"] = "post-run" },
        ["build"] = new() { ["phase"] = "post-run" },
    };

    [Theory]
    [MemberData(nameof(ValueNames))]
    public async Task Every_query_key_takes_hostile_values_without_a_server_error(string valueName)
    {
        var value = Values[valueName];
        var client = app.CreateClient();
        var failures = new List<string>();
        var requests = 0;
        foreach (var (route, keys) in await inputs.QueryKeysAsync())
        {
            var url = "/" + route.Replace("{slug}", "post-run-full").Replace("{id:guid}", Guid.NewGuid().ToString());
            foreach (var key in keys)
            {
                var others = RequiredKeys.GetValueOrDefault(route, []).Where(r => r.Key != key).Select(r => $"&{r.Key}={r.Value}");
                requests++;
                var response = await client.GetAsync($"{url}?{key}={Encode(value)}{string.Concat(others)}");
                if ((int)response.StatusCode >= 500)
                {
                    failures.Add($"GET {url}?{key}={Shorten(value)}: {(int)response.StatusCode}");
                }
                else if (response.StatusCode == HttpStatusCode.BadRequest
                    && !(await response.Content.ReadAsStringAsync()).Contains($"\"{key}\"", StringComparison.Ordinal))
                {
                    failures.Add($"GET {url}?{key}={Shorten(value)}: 400 without naming {key}");
                }
            }
        }

        Assert.True(requests > 5, $"Only {requests} hostile requests were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    [Theory]
    [MemberData(nameof(RouteValueNames))]
    public async Task Every_route_value_takes_whitespace_and_control_characters_without_a_server_error(string valueName)
    {
        var value = Encode(RouteValues[valueName]);
        var coachEmail = $"route-coach-{Guid.NewGuid():N}@example.com";
        var ownerId = await app.CreateCoachAsync(coachEmail);
        var library = await app.CreateLibraryAsync(ownerId, $"Route club {Guid.NewGuid():N}"[..20]);
        HttpClient[] clients = [app.NoRedirects(), await app.SignedInAsync(coachEmail, followRedirects: false)];
        var failures = new List<string>();
        var requests = 0;
        foreach (var route in inputs.RoutesWithValues())
        {
            foreach (var parameter in route.Parameters)
            {
                var url = RoutedInputs.UrlWith(route, parameter, value, library.Slug);
                foreach (var client in clients)
                {
                    requests++;
                    var response = await client.GetAsync(url);
                    if ((int)response.StatusCode >= 500)
                    {
                        failures.Add($"GET {url}{(client == clients[0] ? "" : " as the library's coach")}: {(int)response.StatusCode}");
                    }
                }
            }
        }

        Assert.True(requests > 20, $"Only {requests} hostile requests were made.");
        Assert.True(failures.Count == 0, $"{failures.Count} of {requests} hostile requests went wrong:\n{string.Join("\n", failures.Take(40))}");
    }

    [Theory]
    [InlineData("/routines/%09")]
    [InlineData("/routines/%20")]
    [InlineData("/routines/%C2%A0")]
    [InlineData("/routines/%E2%80%A8%E2%80%A9")]
    [InlineData("/moves/%0D")]
    [InlineData("/play/%C2%85")]
    public async Task A_slug_of_only_whitespace_or_control_characters_is_not_found(string url)
    {
        var response = await app.CreateClient().GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(OutOfRangeNumberNames))]
    public async Task Every_whole_number_of_a_library_file_refuses_an_out_of_range_number_by_its_path(string number)
    {
        var coachEmail = $"import-coach-{Guid.NewGuid():N}@example.com";
        var ownerId = await app.CreateCoachAsync(coachEmail);
        var library = await app.CreateLibraryAsync(ownerId, $"Import club {Guid.NewGuid():N}"[..20], copyDefault: false);
        var coach = await app.SignedInAsync(coachEmail);
        var url = $"/coach/libraries/{library.Slug}/import";
        var failures = new List<string>();
        var paths = RoutedInputs.WholeNumbersOfLibraryFiles();
        foreach (var path in paths)
        {
            var before = await FingerprintAsync();
            using var form = new MultipartFormDataContent
            {
                { new StringContent(await coach.TokenFromAsync(url)), Forms.TokenField },
                { new StringContent(LibraryFileWith(path, number)), "Upload", "library.json" },
            };
            var response = await coach.PostAsync(url, form);
            if ((int)response.StatusCode >= 500)
            {
                failures.Add($"{path}={number}: {(int)response.StatusCode}");
                continue;
            }
            var problems = (await response.ToDocumentAsync()).Texts(".problems li");
            if (!problems.Any(p => p.StartsWith($"{path}:", StringComparison.Ordinal)))
            {
                failures.Add($"{path}={number}: {(int)response.StatusCode}, and no problem names {path} (only {string.Join(" | ", problems)})");
            }
            if (await FingerprintAsync() != before)
            {
                failures.Add($"{path}={number}: something was stored");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {paths.Count} imports went wrong:\n{string.Join("\n", failures)}");
    }

    private async Task CheckFormAsync(HttpClient client, string target, Field field, string body, List<string> failures)
    {
        var before = await FingerprintAsync();
        var response = await client.PostAsync(target, new StringContent(body, Encoding.ASCII, "application/x-www-form-urlencoded"));
        var what = $"POST {target} {field.Key} ({Shorten(Uri.UnescapeDataString(body.Split($"{Encode(field.Key)}=").ElementAtOrDefault(1)?.Split('&')[0] ?? ""))})";
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            failures.Add($"{what}: {status}");
            return;
        }
        if (response.StatusCode == HttpStatusCode.Redirect)
        {
            return;
        }
        if (await FingerprintAsync() != before)
        {
            failures.Add($"{what}: refused with {status}, but something was stored");
        }
        if (status is 200 or 400 && (CannotBind(field, body) || body.Contains($"{Encode(field.Key)}=%00", StringComparison.Ordinal)))
        {
            var page = await response.ToDocumentAsync();
            var id = TagBuilder.CreateSanitizedId(field.Key, "_");
            var summary = page.QuerySelector(".error-summary");
            // A form's summary links the field or names it; a form refused whole (a NUL) is named on its status page.
            var named = summary is not null && (summary.QuerySelector($"a[href='#{id}']") is not null
                    || summary.TextContent.Contains(field.DisplayName, StringComparison.OrdinalIgnoreCase))
                || page.QuerySelector("main")?.TextContent.Contains(field.Key, StringComparison.Ordinal) == true && summary is null && status == 400;
            if (!named)
            {
                failures.Add($"{what}: {status}, and no error names the field");
            }
        }
    }

    /// <summary>What the database holds, in numbers that any write changes.</summary>
    private Task<string> FingerprintAsync() => app.WithDbAsync(async db => string.Join(",",
        await db.Libraries.CountAsync(), await db.LibraryEditors.CountAsync(), await db.Moves.CountAsync(), await db.Moves.SumAsync(m => m.Revision),
        await db.Routines.CountAsync(), await db.Routines.SumAsync(r => r.Revision), await db.RoutineVersions.CountAsync(),
        await db.Kiosks.CountAsync(), await db.Kiosks.CountAsync(k => k.RevokedAt != null), await db.SessionLogs.CountAsync(),
        await db.Groups.CountAsync(), await db.GroupCoaches.CountAsync(), await db.GroupMembers.CountAsync(), await db.PlanItems.CountAsync(),
        await db.BuiltRoutines.CountAsync(), await db.SavedRoutines.CountAsync(), await db.SavedRoutines.MaxAsync(s => (int?)s.Id),
        await db.Users.CountAsync(), await db.UserRoles.CountAsync(), await db.Users.Select(u => u.PasswordHash).OrderBy(h => h).FirstOrDefaultAsync(),
        await db.ReminderSettings.CountAsync(), await db.ReminderSettings.SumAsync(s => s.IntervalMinutes), await db.PushSubscriptions.CountAsync()));
}

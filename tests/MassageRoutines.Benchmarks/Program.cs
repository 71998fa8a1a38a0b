using MassageRoutines.Benchmarks;

// scripts/benchmark.sh runs these against a published app:
//   ingest <base-url>[,<base-url>...] <database> <clients> <seconds>
//                                    session-log ingestion, runners spread over the instances; the
//                                    database is a SQLite file or a PostgreSQL connection string
//   propagate <base-url-a> <base-url-b> <coach-email> <coach-password> <publishes>
//                                    publish on A, then how soon B shows it
//   player <base-url> <routine>      page weight and timing accuracy in Chromium
//   import <base-url> <coach-email> <password>
//                                    import time and page size for broken files of growing size
//   seed-history <base-url> <sessions>
//                                    a runner with that many sessions, through the API; prints its cookie
//   sign-in <base-url> <email> <password>
//                                    prints the cookies of a signed-in account
//   sigkill <app-folder> <sqlite-file> <runners> <seconds>
//                                    starts the app, loads it, kills it with SIGKILL, restarts it, and
//                                    looks for every acknowledged log
//   big-library <base-url> <coach-email> <password> <moves>
//                                    imports a library of that many published moves; prints its slug
return args switch
{
    ["ingest", var urls, var database, var clients, var seconds] =>
        await Ingestion.RunAsync(urls.Split(',').Select(url => new Uri(url)).ToList(), database, int.Parse(clients), TimeSpan.FromSeconds(int.Parse(seconds))),
    ["propagate", var a, var b, var email, var password, var publishes] =>
        await Propagation.RunAsync(new Uri(a), new Uri(b), email, password, int.Parse(publishes)),
    ["player", var url, var routine] => await PlayerTiming.RunAsync(new Uri(url), routine),
    ["import", var url, var email, var password] => await Import.RunAsync(new Uri(url), email, password),
    ["seed-history", var url, var sessions] => await History.SeedAsync(new Uri(url), int.Parse(sessions), TimeProvider.System),
    ["sign-in", var url, var email, var password] => await SignIn.RunAsync(new Uri(url), email, password),
    ["sigkill", var folder, var database, var runners, var seconds] =>
        await KillRun.RunAsync(folder, database, int.Parse(runners), TimeSpan.FromSeconds(int.Parse(seconds))),
    ["big-library", var url, var email, var password, var moves] => await BigLibrary.RunAsync(new Uri(url), email, password, int.Parse(moves)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ingest <base-url>[,<base-url>...] <database> <clients> <seconds> | propagate <a> <b> <email> <password> <publishes> | player <base-url> <routine> | import <base-url> <coach-email> <password> | seed-history <base-url> <sessions> | sign-in <base-url> <email> <password> | sigkill <app-folder> <sqlite-file> <runners> <seconds> | big-library <base-url> <coach-email> <password> <moves>");
    return 2;
}

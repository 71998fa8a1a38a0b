using MassageRoutines.Benchmarks;

// scripts/benchmark.sh runs these against a published app:
//   ingest <base-url> <database-file> <clients> <seconds>   session-log ingestion
//   player <base-url> <routine>                              page weight and timing accuracy in Chromium
//   import <base-url> <coach-email> <password>               import time and page size for broken files of growing size
return args switch
{
    ["ingest", var url, var database, var clients, var seconds] =>
        await Ingestion.RunAsync(new Uri(url), database, int.Parse(clients), TimeSpan.FromSeconds(int.Parse(seconds))),
    ["player", var url, var routine] => await PlayerTiming.RunAsync(new Uri(url), routine),
    ["import", var url, var email, var password] => await Import.RunAsync(new Uri(url), email, password),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: ingest <base-url> <database-file> <clients> <seconds> | player <base-url> <routine> | import <base-url> <coach-email> <password>");
    return 2;
}

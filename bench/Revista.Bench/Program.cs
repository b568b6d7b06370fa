using System.Globalization;
using BenchmarkDotNet.Running;
using Revista.Bench;

// `-- phases` times the import's phases over the shared corpus; `-- seed DIR [ARTICLES] [ISSUE_SIZE]` fills DIR with
// synthetic articles for the load scripts (bench/article-page.sh); anything else goes to BenchmarkDotNet
// (`-- --filter '*'` runs every benchmark). `-- oai DIR [ARTICLES]` times OAI-PMH ListRecords pages (OaiPaging); `-- log-import DIR [LINES]` times `revista stats import-log` on a synthetic access log (LogImport); `-- sushi-time DIR [ARTICLES] [JOURNALS]` times COUNTER reports over seeded monthly usage (SushiTiming). `-- usage-seed DIR EVENTS ARTICLES` stores and processes a year of synthetic usage (UsageSeed). `-- sqlite-insert DIR [EVENTS]` compares ways of storing usage events on SQLite (SqliteInsertWays). `-- search-time DIR [ARTICLES]` builds the search index over synthetic full-text articles and times searches and catch-ups (SearchTiming). bench/import-vs-xsltproc.sh compares the import with xsltproc.
if (args is ["phases"])
    await ImportPhases.RunAsync();
else if (args is ["oai", var oaiData, ..])
    await OaiPaging.RunAsync(oaiData, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000);
else if (args is ["log-import", var logFolder, ..])
    await LogImport.RunAsync(logFolder, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 1_000_000);
else if (args is ["sushi-time", var sushiData, ..])
    await SushiTiming.RunAsync(sushiData, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1);
else if (args is ["search-time", var searchData, ..])
    await SearchTiming.RunAsync(searchData, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 100_000);
else if (args is ["seed", var data, ..])
    await BenchSeed.RunAsync(data, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 10_000, args.Length > 3 ? int.Parse(args[3], CultureInfo.InvariantCulture) : 1_000);
else if (args is ["usage-seed", var usageData, var usageEvents, var usageArticles])
    await UsageSeed.RunAsync(usageData, int.Parse(usageEvents, CultureInfo.InvariantCulture), int.Parse(usageArticles, CultureInfo.InvariantCulture));
else if (args is ["sqlite-insert", var insertFolder, ..])
    await SqliteInsertWays.RunAsync(insertFolder, args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 200_000);
else
    BenchmarkSwitcher.FromAssembly(typeof(CorpusFiles).Assembly).Run(args);

using BenchmarkDotNet.Running;

// `dotnet run -c Release --project bench/Revista.Bench -- --filter '*'` runs every benchmark;
// bench/import-vs-xsltproc.sh measures whole-corpus import against xsltproc.
BenchmarkSwitcher.FromAssembly(typeof(Revista.Bench.CorpusFiles).Assembly).Run(args);

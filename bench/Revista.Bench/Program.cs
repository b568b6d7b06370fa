using BenchmarkDotNet.Running;
using Revista.Bench;

// `-- phases` times the import's phases over the shared corpus; anything else goes to BenchmarkDotNet
// (`-- --filter '*'` runs every benchmark). bench/import-vs-xsltproc.sh compares the import with xsltproc.
if (args is ["phases"])
    await ImportPhases.RunAsync();
else
    BenchmarkSwitcher.FromAssembly(typeof(CorpusFiles).Assembly).Run(args);

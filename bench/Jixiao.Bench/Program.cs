using Jixiao.Bench;

// dotnet run -c Release --project bench/Jixiao.Bench -- <benchmark> [options]
var name = args.FirstOrDefault() ?? "check";
return name switch
{
    "check" => CheckBenchmark.Run(args.Skip(1).ToArray()),
    "compare" => CompareBenchmark.Run(args.Skip(1).ToArray()),
    "pdf" => PdfBenchmark.Run(args.Skip(1).ToArray()),
    "server-seed" => await ServerSeed.RunAsync(args.Skip(1).ToArray()),   // bench/server.sh measures with wrk
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Jixiao.Bench check [--seconds N] [--file PATH] [--no-baseline] [--parts] [--alloc-types]");
    Console.Error.WriteLine("       Jixiao.Bench compare --before DIR [--after DIR] [--seconds N] [--file PATH] [--check-only]");
    Console.Error.WriteLine("       Jixiao.Bench pdf [--seconds N] [--libreoffice-runs N] [--xlsx PATH] [--keep]");
    Console.Error.WriteLine("       Jixiao.Bench server-seed --url URL [--declarations N] [--out DIR] [--parallel N] [--sample PATH]");
    return 2;
}

using Jixiao.Bench;

// dotnet run -c Release --project bench/Jixiao.Bench -- <benchmark> [options]
var name = args.FirstOrDefault() ?? "check";
return name switch
{
    "check" => CheckBenchmark.Run(args.Skip(1).ToArray()),
    "pdf" => PdfBenchmark.Run(args.Skip(1).ToArray()),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: Jixiao.Bench check [--seconds N] [--file PATH]");
    Console.Error.WriteLine("       Jixiao.Bench pdf [--seconds N] [--libreoffice-runs N] [--xlsx PATH] [--keep]");
    return 2;
}

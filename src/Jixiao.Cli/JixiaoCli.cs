namespace Jixiao.Cli;

/// The `jixiao` command line: one command per file under Commands/.
public static class JixiaoCli
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        _ = args;
        _ = stdout;
        stderr.WriteLine("TODO");
        return Task.FromResult(2);
    }
}

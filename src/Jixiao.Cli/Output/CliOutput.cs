using Spectre.Console;

namespace Jixiao.Cli.Output;

/// Where a command writes: results on stdout, messages and progress on stderr. Colour and progress bars only when
/// the stream is a terminal, and no colour when NO_COLOR is set (no-color.org); a file or a pipe gets plain text.
internal sealed class CliOutput
{
    private CliOutput(TextWriter stdout, TextWriter stderr)
    {
        Out = stdout;
        Error = stderr;
        ErrorIsTerminal = IsTerminal(stderr);
        var colour = Environment.GetEnvironmentVariable("NO_COLOR") is not { Length: > 0 }
            && Environment.GetEnvironmentVariable("TERM") != "dumb";
        Console = CreateConsole(stdout, IsTerminal(stdout), colour);
        ErrorConsole = CreateConsole(stderr, ErrorIsTerminal, colour);
    }

    public static CliOutput For(TextWriter stdout, TextWriter stderr) => new(stdout, stderr);

    /// Plain text results (JSON) go straight here, never through Spectre, which would read "[" as markup.
    public TextWriter Out { get; }

    public TextWriter Error { get; }

    /// Readable results on stdout: tables, grouped findings.
    public IAnsiConsole Console { get; }

    /// Progress on stderr, so that stdout stays the result alone when it is redirected.
    public IAnsiConsole ErrorConsole { get; }

    public bool ErrorIsTerminal { get; }

    private static bool IsTerminal(TextWriter writer) =>
        (ReferenceEquals(writer, System.Console.Out) && !System.Console.IsOutputRedirected)
        || (ReferenceEquals(writer, System.Console.Error) && !System.Console.IsErrorRedirected);

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal, bool colour)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(writer),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal && colour ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Yes : InteractionSupport.No,
        });
        // Spectre wraps at 80 columns when it cannot ask a terminal; in a file a finding stays on its line.
        if (!terminal) console.Profile.Width = 1000;
        return console;
    }
}

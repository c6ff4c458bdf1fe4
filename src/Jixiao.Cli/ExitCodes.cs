namespace Jixiao.Cli;

/// What `jixiao` returns, so that scripts and CI can act on it. With several files, the worst one counts.
internal static class ExitCodes
{
    /// No error findings (warnings may exist).
    public const int Ok = 0;

    /// At least one error finding: the declaration cannot be submitted as it is.
    public const int Errors = 1;

    /// A file could not be read or recognised as a declaration, or the command line itself was wrong.
    public const int Unreadable = 2;
}

using System.CommandLine.Parsing;

namespace Jixiao.Cli.Commands;

/// Validators shared by the commands.
internal static class CommandLineChecks
{
    /// A FILE... argument takes any token, so a mistyped option (--jsn) would be read as a file name and
    /// reported as a missing file; say what it is instead.
    public static void NoUnknownOptions(ArgumentResult result)
    {
        foreach (var token in result.Tokens.Where(t => t.Value.Length > 1 && t.Value.StartsWith('-')))
            result.AddError($"未知的选项「{token.Value}」");
    }
}

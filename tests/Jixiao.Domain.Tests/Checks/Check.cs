using Jixiao.Domain.Checks;
using Jixiao.Testing.Builders;

namespace Jixiao.Domain.Tests.Checks;

/// Runs the checker on a builder's declaration and picks out the findings of one rule.
internal static class Check
{
    public static IReadOnlyList<Finding> Run(DeclarationBuilder declaration, CheckOptions? options = null) =>
        DeclarationChecker.Run(declaration.Build(), options);

    public static IReadOnlyList<Finding> Coded(this IReadOnlyList<Finding> findings, string code) =>
        findings.Where(f => f.Code == code).ToList();

    /// The one finding of the rule; fails when there is none or more than one.
    public static Finding Single(this IReadOnlyList<Finding> findings, string code) =>
        Assert.Single(findings, f => f.Code == code);
}

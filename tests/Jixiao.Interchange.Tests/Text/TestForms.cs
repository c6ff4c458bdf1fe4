using Jixiao.Domain.Checks;
using Jixiao.Domain.Declarations;
using Jixiao.Domain.Indicators;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Text;

/// What the layout tests ask of a test form in samples/test-forms/ and of the declaration read from it.
internal static class TestForms
{
    public static ReadResult Read(string fileName) => FormFile.Read(Samples.TestForm(fileName));

    /// The one indicator of that name.
    public static Indicator Named(Declaration form, string name) => Assert.Single(form.Indicators, i => i.Name == name);

    /// An indicator's place in the tree and its target as written.
    public static (string, string, string, string) Tree(Indicator i) => (i.Level1, i.Level2, i.Name, i.Target.Text);

    public static IReadOnlyList<Finding> Checked(Declaration form) => DeclarationChecker.Run(form);

    /// The value of the one other field under that label, or null.
    public static string? Other(Declaration form, string label) => form.OtherFields.SingleOrDefault(f => f.Label == label)?.Value;

    /// The values of every other field under that label, in order.
    public static string[] Others(Declaration form, string label) => [.. form.OtherFields.Where(f => f.Label == label).Select(f => f.Value)];
}

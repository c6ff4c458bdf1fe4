using System.Collections;
using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Tests.Excel;

/// Declaration equality with a message that names the first difference (a record's ToString of 91 indicators is
/// too long to read), then the real test: ==.
public static class DeclarationAssert
{
    public static void Equal(Declaration expected, Declaration actual)
    {
        foreach (var property in typeof(Declaration).GetProperties())
        {
            var (e, a) = (property.GetValue(expected), property.GetValue(actual));
            if (e is IEnumerable expectedItems and not string && a is IEnumerable actualItems)
            {
                var (left, right) = (expectedItems.Cast<object>().ToList(), actualItems.Cast<object>().ToList());
                for (var i = 0; i < Math.Min(left.Count, right.Count); i++)
                    Assert.True(Equals(left[i], right[i]), $"{property.Name}[{i}]:\n expected {left[i]}\n actual   {right[i]}");
                Assert.True(left.Count == right.Count, $"{property.Name}: expected {left.Count} items, got {right.Count}");
            }
            Assert.True(Equals(e, a), $"{property.Name}:\n expected {e}\n actual   {a}");
        }
        Assert.True(expected == actual);
    }
}

using System.Text;
using Jixiao.Application.Seals;

namespace Jixiao.Application.Tests.Seals;

public class Sm3Tests
{
    // GM/T 0004-2012, appendix A, examples 1 and 2.
    [Theory]
    [InlineData("abc", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")]
    [InlineData("abcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcdabcd", "debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732")]
    public void Digest_StandardVector_MatchesStandard(string message, string expected)
    {
        Assert.Equal(expected, Hex.Of(Sm3.Digest(Encoding.ASCII.GetBytes(message))));
        Assert.Equal(expected, Sm3.DigestHex(Encoding.ASCII.GetBytes(message)));
    }

    [Theory]
    [InlineData("00ff10", true)]
    [InlineData("00FF10", true)]
    [InlineData("", true)]
    [InlineData("0", false)]
    [InlineData("zz", false)]
    [InlineData("0g", false)]
    [InlineData(null, false)]
    public void HexTryParse_AnyText_ParsesOnlyHex(string? text, bool ok)
    {
        Assert.Equal(ok, Hex.TryParse(text, out var bytes));
        if (ok)
            Assert.Equal(text!.ToLowerInvariant(), Hex.Of(bytes));
    }
}

using Jixiao.Interchange.Pdf;
using Jixiao.Testing;

namespace Jixiao.Interchange.Tests.Pdf;

/// Wrapping Chinese text inside a cell: by characters, never wider than the cell, with Latin numbers whole and the
/// line-start and line-end rules of Chinese typesetting (避头尾).
public class TextMeasurerTests
{
    private static readonly FormFonts Fonts = FormFonts.Load(new PdfOptions());

    [Fact]
    public void Wrap_LongChineseText_NoLineIsWiderThanTheCellAndNothingIsLost()
    {
        using var measurer = new TextMeasurer();
        var text = SampleDeclaration.Nanchang.Value.Measures!;

        var lines = measurer.Wrap(text, Fonts.Body, 200);

        Assert.True(lines.Count > 10);
        Assert.All(lines, line => Assert.True(measurer.Width(line, Fonts.Body) <= 200.01, $"{line} is {measurer.Width(line, Fonts.Body)} wide"));
        Assert.Equal(text, string.Concat(lines));
    }

    [Fact]
    public void Wrap_ClosingPunctuationAtTheBreak_MovesDownWithTheCharacterBeforeIt()
    {
        using var measurer = new TextMeasurer();
        // Ten characters fill the line exactly; the comma after them must not start the next line.
        var lines = measurer.Wrap("一二三四五六七八九十，之后", Fonts.Body, measurer.Width("一二三四五六七八九十", Fonts.Body));

        Assert.Equal(["一二三四五六七八九", "十，之后"], lines);
    }

    [Fact]
    public void Wrap_OpeningBracketAtTheEndOfALine_MovesDown()
    {
        using var measurer = new TextMeasurer();
        var lines = measurer.Wrap("一二三四五六七八九（十）", Fonts.Body, measurer.Width("一二三四五六七八九（", Fonts.Body));

        Assert.Equal(["一二三四五六七八九", "（十）"], lines);
    }

    [Fact]
    public void Wrap_NumberAtTheBreak_StaysWhole()
    {
        using var measurer = new TextMeasurer();
        var lines = measurer.Wrap("联系电话18107000408", Fonts.Body, measurer.Width("联系电话18107", Fonts.Body));

        Assert.Equal(["联系电话", "18107000408"], lines);
    }

    [Fact]
    public void Wrap_LevelNameTooLongForItsColumn_BreaksBeforeZhiBiao()
    {
        using var measurer = new TextMeasurer();
        var lines = measurer.Wrap("服务对象满意度指标", Fonts.Body, measurer.Width("服务对象满意度指", Fonts.Body));

        Assert.Equal(["服务对象满意度", "指标"], lines);
    }

    [Fact]
    public void Wrap_LineBreaksAndIdeographicIndent_AreKept()
    {
        using var measurer = new TextMeasurer();
        var lines = measurer.Wrap("项目预算资金\n来源构成\n\u3000\u3000\u30002. 本级财政安排", Fonts.Body, 300);

        Assert.Equal(["项目预算资金", "来源构成", "\u3000\u3000\u30002. 本级财政安排"], lines);
    }
}

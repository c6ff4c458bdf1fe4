using Jixiao.Domain.Declarations;
using PdfSharp.Drawing;

namespace Jixiao.Interchange.Pdf;

/// Writes the sections of the form in the order of the paper original: title and header lines, 项目基本情况 with the
/// budget and fund sources, 项目绩效目标, the review boxes and the notes.
internal sealed class PdfFormWriter(PageFlow flow, FormFonts fonts, TextMeasurer measurer, PdfOptions options)
{
    private const double HeaderLabelEnd = 0.36;   // the header labels end (and their values start) at 36 % of the width
    private const double SectionGap = 14;
    private const double NotesGap = 6;

    private readonly PdfTableLayout _tables = new(flow, measurer);

    public void Write(Declaration declaration)
    {
        flow.NewPage();
        Title(declaration);
        HeaderLines(declaration);

        SectionHeading("项目基本情况", "单位：万元", keepWith: 80);
        _tables.Draw(BasicInformationTable.Build(declaration, fonts));
        _tables.Draw(FundSourceTable.Build(declaration, fonts));

        flow.Y += SectionGap;
        SectionHeading("项目绩效目标", null, keepWith: 70);
        _tables.Draw(IndicatorTable.Build(declaration, fonts));
        var notes = declaration.Notes.Count > 0 ? declaration.Notes
            : declaration.Reviews.Count == 0 ? FormText.NanchangNotes : [];
        var wrappedNotes = WrapNotes(notes);
        _tables.Draw(ReviewTable.Build(declaration, fonts, measurer, options.Seals),
            keepWithNext: NotesGap + wrappedNotes.Sum(n => n.Count) * TextMeasurer.LineHeight(fonts.Small));
        Notes(wrappedNotes);
    }

    private void Title(Declaration declaration)
    {
        var graphics = flow.Graphics;
        var title = TextMeasurer.LineHeight(fonts.Title);
        foreach (var line in measurer.Wrap(FormText.Title(declaration), fonts.Title, flow.Width))
        {
            graphics.DrawString(line, fonts.Title, XBrushes.Black, new XRect(flow.Left, flow.Y, flow.Width, title), XStringFormats.Center);
            flow.Y += title;
        }
        flow.Y += 2;
        var subtitle = TextMeasurer.LineHeight(fonts.Subtitle);
        graphics.DrawString(FormText.Year(declaration), fonts.Subtitle, XBrushes.Black,
            new XRect(flow.Left, flow.Y, flow.Width, subtitle), XStringFormats.Center);
        flow.Y += subtitle + 12;
    }

    /// 项目名称：… 编报时间：…, the labels right-aligned on a common colon, each value on an underline.
    private void HeaderLines(Declaration d)
    {
        (string Label, string? Value)[] lines =
        [
            ("项目名称：", d.ProjectName),
            ("编报部门(盖章)：", d.Department),
            ("部门负责人：", d.DepartmentHead),
            ("部门预算编码：", d.BudgetCode),
            ("编报时间：", FormText.Date(d.FiledOn)),
        ];
        var graphics = flow.Graphics;
        var lineHeight = TextMeasurer.LineHeight(fonts.Header) + 7;
        var valueLeft = flow.Left + flow.Width * HeaderLabelEnd;
        var valueWidth = flow.Width * (0.92 - HeaderLabelEnd);
        var underline = new XPen(XColors.Black, 0.5);
        foreach (var (label, value) in lines)
        {
            var wrapped = measurer.Wrap(value, fonts.Header, valueWidth - 4);
            if (wrapped.Count == 0) wrapped.Add("");
            graphics.DrawString(label, fonts.HeaderLabel, XBrushes.Black,
                new XRect(flow.Left, flow.Y, valueLeft - flow.Left, lineHeight), XStringFormats.CenterRight);
            foreach (var line in wrapped)
            {
                graphics.DrawString(line, fonts.Header, XBrushes.Black,
                    new XRect(valueLeft + 4, flow.Y, valueWidth - 4, lineHeight), XStringFormats.CenterLeft);
                var baseline = flow.Y + lineHeight - 3;
                graphics.DrawLine(underline, valueLeft, baseline, valueLeft + valueWidth, baseline);
                flow.Y += lineHeight;
            }
        }
        flow.Y += 12;
    }

    /// A section's name centred above its table, its unit at the right; kept on the page of the table's first rows.
    private void SectionHeading(string text, string? unit, double keepWith)
    {
        var height = TextMeasurer.LineHeight(fonts.Heading) + 4;
        flow.Reserve(height + keepWith);
        var box = new XRect(flow.Left, flow.Y, flow.Width, height);
        flow.Graphics.DrawString(text, fonts.Heading, XBrushes.Black, box, XStringFormats.Center);
        if (unit is not null) flow.Graphics.DrawString(unit, fonts.Small, XBrushes.Black, box, XStringFormats.BottomRight);
        flow.Y += height + 2;
    }

    /// The notes wrapped beside their numbers (注：1. …).
    private List<List<string>> WrapNotes(IReadOnlyList<string> notes)
    {
        var width = flow.Width - measurer.Width("注：", fonts.Small) - measurer.Width(NumberTemplate, fonts.Small);
        return [.. notes.Select(note => measurer.Wrap(note, fonts.Small, width))];
    }

    private const string NumberTemplate = "0. ";

    /// 注：1. … with the numbers hanging and the text wrapped under itself; the notes stay together.
    private void Notes(List<List<string>> notes)
    {
        if (notes.Count == 0) return;
        flow.Y += NotesGap;
        var font = fonts.Small;
        var lineHeight = TextMeasurer.LineHeight(font);
        flow.Reserve(notes.Sum(lines => lines.Count) * lineHeight);
        var prefixWidth = measurer.Width("注：", font);
        var numberWidth = measurer.Width(NumberTemplate, font);
        var textLeft = flow.Left + prefixWidth + numberWidth;
        var textWidth = flow.Left + flow.Width - textLeft;
        for (var i = 0; i < notes.Count; i++)
            for (var j = 0; j < notes[i].Count; j++)
            {
                flow.Reserve(lineHeight);
                var graphics = flow.Graphics;
                if (i == 0 && j == 0) graphics.DrawString("注：", font, XBrushes.Black, new XRect(flow.Left, flow.Y, prefixWidth, lineHeight), XStringFormats.CenterLeft);
                if (j == 0) graphics.DrawString($"{i + 1}. ", font, XBrushes.Black, new XRect(flow.Left + prefixWidth, flow.Y, numberWidth, lineHeight), XStringFormats.CenterLeft);
                graphics.DrawString(notes[i][j], font, XBrushes.Black, new XRect(textLeft, flow.Y, textWidth, lineHeight), XStringFormats.CenterLeft);
                flow.Y += lineHeight;
            }
    }
}

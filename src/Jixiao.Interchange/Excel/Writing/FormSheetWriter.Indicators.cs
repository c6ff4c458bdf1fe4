using System.Globalization;
using Jixiao.Domain.Indicators;

namespace Jixiao.Interchange.Excel.Writing;

internal sealed partial class FormSheetWriter
{
    /// Blank rows per level 2 in the template (and in an export without indicators): the 88号 tree of the Nanchang form.
    private static readonly (string Level1, string Level2, int Rows)[] TemplateRows =
    [
        (IndicatorTaxonomy.Output, IndicatorTaxonomy.Quantity, 5),
        (IndicatorTaxonomy.Output, IndicatorTaxonomy.Quality, 4),
        (IndicatorTaxonomy.Output, IndicatorTaxonomy.Timeliness, 3),
        (IndicatorTaxonomy.Output, IndicatorTaxonomy.OutputCost, 2),
        (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Economic, 2),
        (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Social, 3),
        (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Ecological, 2),
        (IndicatorTaxonomy.Benefit, IndicatorTaxonomy.Sustainable, 2),
        (IndicatorTaxonomy.Satisfaction, IndicatorTaxonomy.ServiceSatisfaction, 2),
    ];

    /// Every canonical level-1 name of both schemas (88号 and 101号), for the drop-down list.
    private static readonly string[] Level1Choices =
        IndicatorTaxonomy.Level1Names(IndicatorSchema.Fiscal2021No101).ToArray();

    private static readonly string[] Level2Choices =
        Enum.GetValues<IndicatorSchema>()
            .SelectMany(s => IndicatorTaxonomy.Level1Names(s).SelectMany(l1 => IndicatorTaxonomy.Level2Names(s, l1)))
            .Distinct()
            .ToArray();

    /// 项目绩效目标 on a new page, its header row repeated on every printed page; level-1 and level-2 cells merged
    /// over their rows.
    private void WriteIndicators()
    {
        _sheet.PageBreakBefore = _row;
        _sheet.Text(_row, A, FormLabels.IndicatorHeading, CellStyle.Heading);
        _sheet.Merge(_row, A, _row, _lastColumn);
        _sheet.MinHeight(_row++, 24);

        var header = _row;
        _sheet.Text(header, A, null, CellStyle.TableHeader);
        _sheet.Text(header, B, FormLabels.Level1, CellStyle.TableHeader);
        _sheet.Text(header, C, FormLabels.Level2, CellStyle.TableHeader);
        _sheet.Text(header, D, FormLabels.Name, CellStyle.TableHeader);
        _sheet.Merge(header, D, header, E);
        _sheet.Text(header, F, FormLabels.Target, CellStyle.TableHeader);
        for (var i = 0; i < _extraColumns.Count; i++) _sheet.Text(header, F + 1 + i, _extraColumns[i].Header, CellStyle.TableHeader);
        _sheet.MinHeight(header, 24);
        _sheet.PrintTitleRow = header;
        _row++;

        var rows = _declaration.Indicators.Count > 0
            ? _declaration.Indicators.ToList()
            : TemplateRows.SelectMany(t => Enumerable.Repeat(new Indicator { Level1 = t.Level1, Level2 = t.Level2 }, t.Rows)).ToList();
        var first = _row;
        foreach (var indicator in rows) WriteIndicator(indicator);
        var last = _row - 1;

        MergeRuns(first, B, rows.Select(i => i.Level1).ToList());
        MergeRuns(first, C, rows.Select(i => i.Level1 + "\u0001" + i.Level2).ToList());
        _sheet.Text(first, A, FormLabels.IndicatorSection, CellStyle.Label with { Top = last - first >= LongRun });
        _sheet.Merge(first, A, last, A);

        _sheet.Validation(Ranges((first, B, last, B)), Level1Choices, "一级指标",
            _template ? "选择一级指标：产出、效益、满意度指标（按财预〔2021〕101号另有成本指标）。同一一级指标的行可合并或留空，留空表示同上。" : null);
        _sheet.Validation(Ranges((first, C, last, C)), Level2Choices, "二级指标",
            _template ? "选择属于该一级指标的二级指标，如数量、质量、时效、成本指标。留空表示同上。" : null);
        if (_template)
        {
            _sheet.Validation(Ranges((first, D, last, D)), null, "三级指标", "填写具体、可衡量的指标名称。行不够时可插入行，不用的行留空即可。");
            _sheet.Validation(Ranges((first, F, last, F)), null, "指标值", "填写指标值，如 ≥95%、=1个、≤3秒、2022年12月31日前、优。");
        }
    }

    private void WriteIndicator(Indicator indicator)
    {
        _sheet.Text(_row, B, indicator.Level1, CellStyle.Centered);
        _sheet.Text(_row, C, indicator.Level2, CellStyle.Centered);
        _sheet.Text(_row, D, indicator.Name, CellStyle.Value);
        _sheet.Merge(_row, D, _row, E);
        _sheet.Text(_row, F, IndicatorColumns.Print(indicator.Target), CellStyle.Centered);
        for (var i = 0; i < _extraColumns.Count; i++)
        {
            var col = F + 1 + i;
            switch (_extraColumns[i].Field)
            {
                case IndicatorField.Weight:
                    _sheet.Number(_row, col, indicator.Weight, CellStyle.Number);
                    break;
                default:
                    _sheet.Text(_row, col, ExtraText(indicator, _extraColumns[i].Field), CellStyle.Centered);
                    break;
            }
        }
        _sheet.MinHeight(_row++, 20);
    }

    private static string? ExtraText(Indicator indicator, IndicatorField field) => field switch
    {
        IndicatorField.LongTermTarget => IndicatorColumns.Print(indicator.LongTermTarget),
        IndicatorField.Unit => indicator.Unit,
        IndicatorField.Direction => indicator.Direction switch
        {
            IndicatorDirection.Positive => FormLabels.Positive,
            IndicatorDirection.Reverse => FormLabels.Reverse,
            null => null,
        },
        IndicatorField.Operator => indicator.Operator,
        IndicatorField.ValueBasis => indicator.ValueBasis,
        IndicatorField.Explanation => indicator.Explanation,
        IndicatorField.ScoringRule => indicator.ScoringRule,
        IndicatorField.Remark => indicator.Remark,
        IndicatorField.Weight => indicator.Weight?.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// A merged cell longer than this may cross a page break: its text goes to the top, where the run starts, rather
    /// than to its middle, which may land on a later page.
    private const int LongRun = 15;

    /// Merges each run of equal keys in the column: the cell keeps its value in the run's first row.
    private void MergeRuns(int firstRow, int col, List<string> keys)
    {
        var start = 0;
        for (var i = 1; i <= keys.Count; i++)
        {
            if (i < keys.Count && keys[i] == keys[start]) continue;
            if (i - 1 >= start + LongRun) _sheet.Restyle(firstRow + start, col, CellStyle.Centered with { Top = true });
            if (i - 1 > start) _sheet.Merge(firstRow + start, col, firstRow + i - 1, col);
            start = i;
        }
    }
}

using Jixiao.Domain.Declarations;

namespace Jixiao.Interchange.Excel.Writing;

internal sealed partial class FormSheetWriter
{
    private static readonly string[] ProjectTypeLabels = Enum.GetValues<ProjectType>().Select(t => t.Label()).ToArray();

    /// 项目基本情况: name, project types (not printed on the paper form: the filer picks them here), people,
    /// dates, the long texts and any labelled values the model keeps in OtherFields.
    private void WriteBasicInfo()
    {
        var d = _declaration;
        _sheet.Text(_row, A, FormLabels.BasicInfoHeading, CellStyle.Heading);
        _sheet.Merge(_row, A, _row, D);
        _sheet.Text(_row, E, FormLabels.AmountUnit, CellStyle.UnitNote);
        _sheet.Merge(_row, E, _row, F);
        _sheet.MinHeight(_row++, 22);

        WideRow(FormLabels.ProjectName, d.ProjectName, CellStyle.Value);

        // One type per cell (B–F), each with a drop-down: a project may have several types (review route, notes 2–3).
        Label(_row, A, FormLabels.ProjectTypes);
        var types = d.ProjectTypes.Select(t => t.Label()).ToList();
        for (var i = 0; i < 5; i++) _sheet.Text(_row, B + i, i < types.Count ? types[i] : null, CellStyle.Centered);
        for (var i = 5; i < types.Count; i++) _sheet.Text(_row, B + i, types[i], CellStyle.Centered);
        _sheet.Validation(Ranges((_row, B, _row, F)), ProjectTypeLabels, "项目类型",
            _template ? "选择项目类型：一般项目、PPP项目、政府债务项目、政府采购项目、政府购买服务项目。有多个类型时每格选一个。类型决定审核流程。" : null,
            strict: true);
        _sheet.MinHeight(_row++, 22);

        Label(_row, A, FormLabels.ProjectLead);
        _sheet.Text(_row, B, d.ProjectLead, CellStyle.Value);
        Label(_row, C, FormLabels.ContactPerson);
        _sheet.Text(_row, D, d.ContactPerson, CellStyle.Value);
        Label(_row, E, FormLabels.ContactPhone);
        _sheet.Text(_row, F, d.ContactPhone, CellStyle.TextValue);
        _sheet.MinHeight(_row++, 22);

        Label(_row, A, FormLabels.StartDate);
        _sheet.Date(_row, B, d.StartDate, CellStyle.Date);
        Label(_row, C, FormLabels.EndDate);
        _sheet.Date(_row, D, d.EndDate, CellStyle.Date with { Horizontal = HorizontalKind.Left });
        _sheet.Merge(_row, D, _row, F);
        if (_template) _sheet.Validation(Ranges((_row, B, _row, B), (_row, D, _row, D)), null, "日期", "填日期，如 2022-01-01。");
        _sheet.MinHeight(_row++, 22);

        if (d.ImplementingUnit is not null) WideRow(FormLabels.ImplementingUnit, d.ImplementingUnit, CellStyle.Value);
        if (d.ProjectAttribute is not null) WideRow(FormLabels.ProjectAttribute, d.ProjectAttribute, CellStyle.Value);
        WideRow(FormLabels.Overview, d.Overview, CellStyle.LongText);
        WideRow(FormLabels.Measures, d.Measures, CellStyle.LongText);
        WideRow(FormLabels.OverallGoal, d.OverallGoal, CellStyle.LongText);
        WideRow(FormLabels.AnnualGoal, d.AnnualGoal, CellStyle.LongText);
        foreach (var field in d.OtherFields) WideRow(field.Label, field.Value, CellStyle.LongText);
    }
}

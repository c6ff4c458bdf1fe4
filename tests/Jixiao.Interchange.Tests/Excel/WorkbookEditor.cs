using System.Globalization;
using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Interchange.Excel;

namespace Jixiao.Interchange.Tests.Excel;

/// Edits a written workbook the way a filer does in Excel: types texts, numbers (with their number format) and
/// dates, enters formulas (saved with their cached values), inserts and deletes rows (merged ranges, validations and
/// print titles move and grow as Excel moves them) and unmerges cells (the value stays in the top-left cell).
public sealed partial class WorkbookEditor : IDisposable
{
    private readonly MemoryStream _stream = new();
    private readonly SpreadsheetDocument _document;
    private readonly Worksheet _sheet;
    private readonly SheetData _data;

    public WorkbookEditor(byte[] file)
    {
        _stream.Write(file);
        _stream.Position = 0;
        _document = SpreadsheetDocument.Open(_stream, true);
        _sheet = _document.WorkbookPart!.WorksheetParts.Single().Worksheet;
        _data = _sheet.GetFirstChild<SheetData>()!;
    }

    /// Where the first cell with this text is.
    public (int Row, int Col) Find(string text) =>
        _data.Descendants<Cell>().Where(c => c.Text(_document) == text).Select(c => c.Position()).First();

    public void SetText(int row, int col, string text)
    {
        var cell = CellAt(row, col);
        cell.CellFormula = null;
        cell.CellValue = null;
        cell.DataType = CellValues.InlineString;
        cell.InlineString = new InlineString(new DocumentFormat.OpenXml.Spreadsheet.Text(text));
    }

    /// A number as Excel stores it; <paramref name="numberFormatId"/> changes the cell's number format (9 = 0%,
    /// 14 = a date, 0 = General) the way typing "95%" or "2022-12-31" does.
    public void SetNumber(int row, int col, double value, uint? numberFormatId = null)
    {
        var cell = CellAt(row, col);
        cell.InlineString = null;
        cell.CellFormula = null;
        cell.DataType = null;
        cell.CellValue = new CellValue(value.ToString("R", CultureInfo.InvariantCulture));
        if (numberFormatId is { } id) cell.StyleIndex = StyleWithFormat(cell.StyleIndex?.Value ?? 0, id);
    }

    public void SetDate(int row, int col, DateOnly date) =>
        SetNumber(row, col, date.DayNumber - new DateOnly(1899, 12, 30).DayNumber, 14);

    /// A formula with the result Excel cached when it saved; null <paramref name="cached"/> saves none.
    public void SetFormula(int row, int col, string formula, string? cached, CellValues? type = null)
    {
        var cell = CellAt(row, col);
        cell.InlineString = null;
        cell.DataType = type;
        cell.CellFormula = new CellFormula(formula);
        cell.CellValue = cached is null ? null : new CellValue(cached);
    }

    /// Inserts an empty row above <paramref name="at"/>: what is below moves down; a merged range the row falls
    /// inside grows by one row.
    public void InsertRow(int at)
    {
        foreach (var row in _data.Elements<Row>().Where(r => r.RowIndex!.Value >= at).Reverse().ToList()) MoveRow(row, +1);
        _data.InsertBefore(new Row { RowIndex = (uint)at }, _data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value > at));
        ShiftRanges(at, +1);
    }

    /// Deletes row <paramref name="at"/>: what is below moves up; merged ranges that lose the row shrink.
    public void DeleteRow(int at)
    {
        _data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == at)?.Remove();
        foreach (var row in _data.Elements<Row>().Where(r => r.RowIndex!.Value > at).ToList()) MoveRow(row, -1);
        ShiftRanges(at, -1);
    }

    /// Unmerges every merged range whose reference matches (all when null).
    public void Unmerge(Func<string, bool>? which = null)
    {
        var merges = _sheet.GetFirstChild<MergeCells>();
        if (merges is null) return;
        foreach (var merge in merges.Elements<MergeCell>().Where(m => which?.Invoke(m.Reference!.Value!) ?? true).ToList()) merge.Remove();
        if (!merges.HasChildren) merges.Remove();
        else merges.Count = (uint)merges.ChildElements.Count;
    }

    public byte[] Save()
    {
        _document.Dispose();
        return _stream.ToArray();
    }

    public void Dispose()
    {
        _document.Dispose();
        _stream.Dispose();
    }

    private Cell CellAt(int row, int col)
    {
        var rowElement = _data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value == row);
        if (rowElement is null)
        {
            rowElement = new Row { RowIndex = (uint)row };
            _data.InsertBefore(rowElement, _data.Elements<Row>().FirstOrDefault(r => r.RowIndex!.Value > row));
        }
        var reference = CellRef.Of(row, col);
        var cell = rowElement.Elements<Cell>().FirstOrDefault(c => c.CellReference!.Value == reference);
        if (cell is not null) return cell;
        cell = new Cell { CellReference = reference };
        rowElement.InsertBefore(cell, rowElement.Elements<Cell>().FirstOrDefault(c => c.Position().Col > col));
        return cell;
    }

    private uint StyleWithFormat(uint style, uint numberFormatId)
    {
        var formats = _document.WorkbookPart!.WorkbookStylesPart!.Stylesheet.CellFormats!;
        var copy = (CellFormat)formats.Elements<CellFormat>().ElementAt((int)style).CloneNode(true);
        copy.NumberFormatId = numberFormatId;
        copy.ApplyNumberFormat = true;
        formats.Append(copy);
        formats.Count = (uint)formats.ChildElements.Count;
        return formats.Count - 1;
    }

    private static void MoveRow(Row row, int by)
    {
        var index = (int)row.RowIndex!.Value + by;
        row.RowIndex = (uint)index;
        foreach (var cell in row.Elements<Cell>()) cell.CellReference = CellRef.Of(index, cell.Position().Col);
    }

    [GeneratedRegex(@"\$(\d+):\$(\d+)")]
    private static partial Regex RowRange();

    private void ShiftRanges(int at, int by)
    {
        foreach (var merge in _sheet.Descendants<MergeCell>().ToList())
        {
            var moved = Shift(merge.Reference!.Value!, at, by);
            if (moved is null) merge.Remove();
            else merge.Reference = moved;
        }
        foreach (var validation in _sheet.Descendants<DataValidation>())
            validation.SequenceOfReferences = new ListValue<StringValue>(
                validation.SequenceOfReferences!.Items.Select(r => Shift(r.Value!, at, by)).Where(r => r is not null).Select(r => new StringValue(r)));
        foreach (var name in _document.WorkbookPart!.Workbook.Descendants<DefinedName>())
            name.Text = RowRange().Replace(name.Text, m =>
            {
                var row = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
                if (row >= at) row += by;
                return $"${row}:${row}";
            });
    }

    /// A range after inserting (by = +1) or deleting (by = −1) row <paramref name="at"/>; null when it vanished.
    private static string? Shift(string range, int at, int by)
    {
        if (!CellRef.TryParseRange(range, out var r)) return range;
        var (row1, row2) = (r.Row1, r.Row2);
        if (by > 0)
        {
            if (row1 >= at) row1++;
            if (row2 >= at) row2++;
        }
        else
        {
            if (row1 == at && row2 == at) return null;
            if (row1 > at) row1--;
            if (row2 >= at) row2--;
        }
        return row1 == row2 && r.Col1 == r.Col2 ? CellRef.Of(row1, r.Col1) : CellRef.Range(row1, r.Col1, row2, r.Col2);
    }
}

using Jixiao.Domain.Review;

namespace Jixiao.Interchange.Excel.Writing;

internal sealed partial class FormSheetWriter
{
    /// 审核意见: one box per review step, each with its opinion, 审核人（盖章）, date and, when the server passes
    /// one, the seal text of the signed step.
    private void WriteReviews()
    {
        var first = _row;
        foreach (var box in BoxesToPrint(_declaration.Reviews))
        {
            var top = _row;
            Label(top, B, box.Label);
            _sheet.Text(top, C, box.Opinion, CellStyle.LongText);
            _sheet.Merge(top, C, top, F);
            _sheet.MinHeight(top, 48);
            _row++;

            _sheet.Text(_row, C, FormLabels.Reviewer, CellStyle.Value with { Horizontal = HorizontalKind.Right, Wrap = false });
            _sheet.Text(_row, D, box.Reviewer, CellStyle.Value);
            _sheet.Text(_row, E, FormLabels.ReviewDate, CellStyle.Value with { Horizontal = HorizontalKind.Right, Wrap = false });
            if (box.Date is { } date) _sheet.Date(_row, F, date, CellStyle.Date);
            else _sheet.Text(_row, F, FormLabels.EmptyDate, CellStyle.Centered);
            _sheet.MinHeight(_row++, 22);

            if (_options.Seals.TryGetValue(box.Kind, out var seal) && !string.IsNullOrEmpty(seal))
            {
                _sheet.Text(_row, C, FormLabels.Seal, CellStyle.Value with { Horizontal = HorizontalKind.Right, Wrap = false });
                _sheet.Text(_row, D, seal, CellStyle.Value);
                _sheet.Merge(_row, D, _row, F);
                _sheet.MinHeight(_row++, 22);
            }
            _sheet.Merge(top, B, _row - 1, B);
        }
        Label(first, A, FormLabels.ReviewSection);
        _sheet.Merge(first, A, _row - 1, A);
    }

    /// The four boxes of the Nanchang form, each replaced by the declaration's box of the same kind; boxes of other
    /// kinds (another region's form) follow them.
    private static List<ReviewBox> BoxesToPrint(IReadOnlyList<ReviewBox> reviews)
    {
        var boxes = ReviewBox.NanchangBoxes().ToList();
        var taken = new bool[boxes.Count];
        foreach (var box in reviews)
        {
            var slot = box.Kind == ReviewBoxKind.Other ? -1 : boxes.FindIndex(b => b.Kind == box.Kind);
            if (slot >= 0 && slot < taken.Length && !taken[slot])
            {
                taken[slot] = true;
                boxes[slot] = box.Label.Length > 0 ? box : box with { Label = boxes[slot].Label };
            }
            else
            {
                boxes.Add(box.Label.Length > 0 ? box : box with { Label = FormLabels.ReviewSection });
            }
        }
        return boxes;
    }

    /// 注：1. … 2. …: one row per note, across the form's width.
    private void WriteNotes()
    {
        var notes = _declaration.Notes.Count > 0 ? (IReadOnlyList<string>)_declaration.Notes : FormLabels.NanchangNotes;
        _row++;
        for (var i = 0; i < notes.Count; i++)
        {
            var prefix = (i == 0 ? FormLabels.NotesPrefix : "") + $"{i + 1}. ";
            _sheet.Text(_row, A, prefix + notes[i], CellStyle.Note);
            _sheet.Merge(_row, A, _row, F);
            _row++;
        }
    }
}

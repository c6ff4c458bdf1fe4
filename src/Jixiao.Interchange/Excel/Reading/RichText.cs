using System.Text;
using DocumentFormat.OpenXml.Spreadsheet;
using PlainText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace Jixiao.Interchange.Excel.Reading;

/// Collects the text of a shared or inline string as a <see cref="PartReader"/> passes its elements: the plain text
/// and the rich-text runs in order, without the phonetic guides (rPh) East Asian Excel adds.
internal sealed class RichText
{
    private readonly StringBuilder _text = new();
    private bool _inPhoneticGuide;

    public int Length => _text.Length;

    /// Takes the reader's current element into the text when it is part of it.
    public void Take(PartReader reader)
    {
        if (reader.IsStartOf<PhoneticRun>()) _inPhoneticGuide = true;
        else if (reader.IsEndOf<PhoneticRun>()) _inPhoneticGuide = false;
        else if (reader.IsStartOf<PlainText>() && !_inPhoneticGuide) _text.Append(reader.Text);
    }

    /// The text collected, with the _xHHHH_ escapes undone; starts the next string.
    public string Complete()
    {
        var text = OoxmlText.Unescape(_text.ToString());
        _text.Clear();
        _inPhoneticGuide = false;
        return text;
    }
}

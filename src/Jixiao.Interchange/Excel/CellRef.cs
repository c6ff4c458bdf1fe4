using System.Globalization;

namespace Jixiao.Interchange.Excel;

/// A1-style cell addresses (1-based rows and columns), as Excel prints them in findings: 申报表!D23.
internal static class CellRef
{
    public static string Column(int col)
    {
        var name = "";
        for (var c = col; c > 0; c = (c - 1) / 26)
            name = (char)('A' + (c - 1) % 26) + name;
        return name;
    }

    public static string Of(int row, int col) => Column(col) + row.ToString(CultureInfo.InvariantCulture);

    public static string Range(int row1, int col1, int row2, int col2) => Of(row1, col1) + ":" + Of(row2, col2);

    /// "申报表!D23", with the sheet name quoted only where Excel would need it ('My sheet'!D23).
    public static string InSheet(string sheet, int row, int col)
    {
        var quoted = sheet.Any(c => char.IsWhiteSpace(c) || c is '!' or '\'' or '-' or '(' or ')' or ',' or ';' or '&')
            ? "'" + sheet.Replace("'", "''", StringComparison.Ordinal) + "'"
            : sheet;
        return quoted + "!" + Of(row, col);
    }

    /// Parses "D23" (with optional $ signs) into (row, col); false for anything else.
    public static bool TryParse(string? text, out int row, out int col)
    {
        row = 0;
        col = 0;
        if (string.IsNullOrEmpty(text)) return false;
        var i = 0;
        while (i < text.Length && text[i] == '$') i++;
        var letters = 0;
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++, letters++)
        {
            col = col * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (col > 16384) return false;
        }
        while (i < text.Length && text[i] == '$') i++;
        if (letters == 0 || i == text.Length) return false;
        var digits = text.AsSpan(i);
        return int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out row) && row is >= 1 and <= 1_048_576;
    }

    /// Parses "B10:C12" or a single "B10" into its corners.
    public static bool TryParseRange(string? text, out (int Row1, int Col1, int Row2, int Col2) range)
    {
        range = default;
        if (string.IsNullOrEmpty(text)) return false;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            if (!TryParse(text, out var r, out var c)) return false;
            range = (r, c, r, c);
            return true;
        }
        if (!TryParse(text[..colon], out var r1, out var c1) || !TryParse(text[(colon + 1)..], out var r2, out var c2)) return false;
        range = (Math.Min(r1, r2), Math.Min(c1, c2), Math.Max(r1, r2), Math.Max(c1, c2));
        return true;
    }
}

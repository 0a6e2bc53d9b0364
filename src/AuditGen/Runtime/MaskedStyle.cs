using System.Text;

namespace AuditGen.Runtime;

/// <summary>
/// The show-first/show-last mask of <see cref="AuditMethod.MaskedMode"/> (Destructurama.Attributed's
/// <c>LogMasked</c>): <c>"0,4,1"</c> turns <c>4111111111111111</c> into <c>************1111</c>. Only for identifiers;
/// credentials are never partly shown.
/// </summary>
internal static class MaskedStyle
{
    /// <summary>The mask of a value whose shape does not reveal its length.</summary>
    public const string FixedMask = "***";

    /// <summary>Masks <paramref name="value"/> as <paramref name="shape"/> (<c>"first,last,preserve"</c>) says.</summary>
    /// <param name="value">The value; null stays null.</param>
    /// <param name="shape">The shape; an unreadable one masks everything.</param>
    /// <returns>The masked text.</returns>
    public static string? Apply(object? value, string? shape)
    {
        if (value is null)
        {
            return null;
        }

        // A URL is sanitized before it is masked: its last characters are often a query value or a fragment.
        string text = value is System.Uri ? UrlSanitizer.Sanitize(value)! : LogText.Invariant(value);
        if (!TryParse(shape, out int first, out int last, out bool preserve))
        {
            return FixedMask; // fail closed: nothing shown, not even the length
        }

        // Showing half the text or more is no longer a mask (a 4-character PIN with "0,4" would be written whole, an
        // 8-character one half-shown): then nothing is shown.
        if (2L * (first + last) >= text.Length && first + last > 0)
        {
            first = 0;
            last = 0;
        }

        // Never show half of a surrogate pair: shrink the shown part instead.
        if (first > 0 && char.IsHighSurrogate(text[first - 1]))
        {
            first--;
        }

        if (last > 0 && char.IsLowSurrogate(text[text.Length - last]))
        {
            last--;
        }

        int hidden = text.Length - first - last;
        var masked = new StringBuilder(first + last + (preserve ? hidden : FixedMask.Length));
        LogText.AppendEscaped(masked, text, 0, first);
        if (preserve)
        {
            masked.Append('*', hidden);
        }
        else
        {
            masked.Append(FixedMask);
        }

        LogText.AppendEscaped(masked, text, text.Length - last, last);
        return masked.ToString();
    }

    /// <summary>Reads <c>"first,last,preserve"</c>: two non-negative integers and 0 or 1, without allocating.</summary>
    private static bool TryParse(string? shape, out int first, out int last, out bool preserve)
    {
        first = 0;
        last = 0;
        preserve = false;
        if (shape is null)
        {
            return false;
        }

        int position = 0;
        if (!TryReadNumber(shape, ref position, out first) || !TryReadComma(shape, ref position)
            || !TryReadNumber(shape, ref position, out last) || !TryReadComma(shape, ref position)
            || !TryReadNumber(shape, ref position, out int flag) || position != shape.Length || flag > 1)
        {
            return false;
        }

        preserve = flag == 1;
        return true;
    }

    private static bool TryReadComma(string shape, ref int position)
    {
        SkipSpaces(shape, ref position);
        if (position < shape.Length && shape[position] == ',')
        {
            position++;
            return true;
        }

        return false;
    }

    private static bool TryReadNumber(string shape, ref int position, out int number)
    {
        number = 0;
        SkipSpaces(shape, ref position);
        int start = position;
        while (position < shape.Length && shape[position] is >= '0' and <= '9' && position - start < 6)
        {
            number = (number * 10) + (shape[position] - '0');
            position++;
        }

        bool read = position > start;
        SkipSpaces(shape, ref position);
        return read;
    }

    private static void SkipSpaces(string shape, ref int position)
    {
        while (position < shape.Length && shape[position] == ' ')
        {
            position++;
        }
    }
}

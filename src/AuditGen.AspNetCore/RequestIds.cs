namespace AuditGen.AspNetCore;

/// <summary>Checks on request ids and the name of the header that carries them.</summary>
internal static class RequestIds
{
    /// <summary>The longest caller-supplied request id accepted.</summary>
    public const int MaxRequestIdLength = 128;

    /// <summary>Whether <paramref name="name"/> is an RFC 9110 token, i.e. usable as a header name.</summary>
    public static bool IsValidHeaderName(string? name)
    {
        if (string.IsNullOrEmpty(name))
        {
            return false;
        }

        foreach (char c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && "!#$%&'*+-.^_`|~".IndexOf(c) < 0)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether a caller's request id is safe to carry into records and echo: 1–128 characters of
    /// <c>A–Z a–z 0–9 - _ . :</c>. Nothing else can forge log structure (quotes, newlines, braces, separators) or
    /// smuggle a second header through the echo.</summary>
    public static bool IsSaneRequestId(string? value)
    {
        if (value is not { Length: > 0 and <= MaxRequestIdLength })
        {
            return false;
        }

        foreach (char c in value)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.' or ':'))
            {
                return false;
            }
        }

        return true;
    }
}

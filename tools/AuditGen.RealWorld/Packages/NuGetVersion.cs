using System.Globalization;

namespace AuditGen.RealWorld.Packages;

/// <summary>A NuGet version (up to four numbers and a pre-release label), compared as NuGet does.</summary>
internal sealed class NuGetVersion : IComparable<NuGetVersion>, IEquatable<NuGetVersion>
{
    private readonly long[] _numbers;

    private NuGetVersion(long[] numbers, string release, string text)
    {
        _numbers = numbers;
        Release = release;
        Text = text;
    }

    /// <summary>The version as written.</summary>
    public string Text { get; }

    /// <summary>The pre-release label, empty for a release.</summary>
    public string Release { get; }

    public bool IsPrerelease => Release.Length > 0;

    public long Major => _numbers[0];

    public static NuGetVersion? TryParse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string trimmed = text.Trim();
        string core = trimmed.Split('+')[0];
        int dash = core.IndexOf('-', StringComparison.Ordinal);
        string release = dash < 0 ? string.Empty : core[(dash + 1)..];
        string[] parts = (dash < 0 ? core : core[..dash]).Split('.');
        if (parts.Length is 0 or > 4)
        {
            return null;
        }

        var numbers = new long[4];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return null;
            }
        }

        return new NuGetVersion(numbers, release, trimmed);
    }

    public int CompareTo(NuGetVersion? other)
    {
        if (other is null)
        {
            return 1;
        }

        for (int i = 0; i < 4; i++)
        {
            int c = _numbers[i].CompareTo(other._numbers[i]);
            if (c != 0)
            {
                return c;
            }
        }

        if (IsPrerelease != other.IsPrerelease)
        {
            return IsPrerelease ? -1 : 1;
        }

        return CompareRelease(Release, other.Release);
    }

    public bool Equals(NuGetVersion? other) => other is not null && CompareTo(other) == 0;

    public override bool Equals(object? obj) => obj is NuGetVersion v && Equals(v);

    public override int GetHashCode() => HashCode.Combine(_numbers[0], _numbers[1], _numbers[2], _numbers[3], Release.ToUpperInvariant());

    public override string ToString() => Text;

    // Dot-separated identifiers: numeric ones compare as numbers and sort before alphanumeric ones.
    private static int CompareRelease(string a, string b)
    {
        string[] x = a.Split('.');
        string[] y = b.Split('.');
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            bool xn = long.TryParse(x[i], NumberStyles.None, CultureInfo.InvariantCulture, out long xv);
            bool yn = long.TryParse(y[i], NumberStyles.None, CultureInfo.InvariantCulture, out long yv);
            int c = (xn, yn) switch
            {
                (true, true) => xv.CompareTo(yv),
                (true, false) => -1,
                (false, true) => 1,
                _ => string.Compare(x[i], y[i], StringComparison.OrdinalIgnoreCase),
            };
            if (c != 0)
            {
                return c;
            }
        }

        return x.Length.CompareTo(y.Length);
    }
}

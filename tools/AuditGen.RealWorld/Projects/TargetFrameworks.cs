using System.Globalization;

namespace AuditGen.RealWorld.Projects;

/// <summary>Picks the target framework a multi-targeting project is read for: the newest .NET (5+) one, else .NET Core,
/// else .NET Standard, else .NET Framework; net10.0 when nothing can be read.</summary>
internal static class TargetFrameworks
{
    public const string Default = "net10.0";

    public static string Choose(string? frameworks)
    {
        string? best = null;
        double bestScore = double.MinValue;
        foreach (string tfm in (frameworks ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (tfm.Contains(MsBuildText.Unknown, StringComparison.Ordinal) || Score(tfm) is not { } score)
            {
                continue;
            }

            if (score > bestScore)
            {
                best = tfm;
                bestScore = score;
            }
        }

        return best ?? Default;
    }

    public static string Identifier(string tfm) => Score(tfm) switch
    {
        >= 0 => ".NETCoreApp",
        >= -2000 => ".NETStandard",
        _ => ".NETFramework",
    };

    public static string Version(string tfm)
    {
        string number = new(tfm.SkipWhile(c => !char.IsDigit(c)).TakeWhile(c => char.IsDigit(c) || c == '.').ToArray());
        if (!number.Contains('.', StringComparison.Ordinal) && number.Length > 1)
        {
            number = string.Join('.', number.ToCharArray()); // net472 -> 4.7.2
        }

        return "v" + number;
    }

    // Higher is preferred; platform-specific frameworks (net8.0-windows) rank just below the plain one.
    private static double? Score(string tfm)
    {
        string lower = tfm.ToLowerInvariant();
        double platform = lower.Contains('-', StringComparison.Ordinal) ? -0.5 : 0;
        string core = lower.Split('-')[0];
        if (core.StartsWith("netcoreapp", StringComparison.Ordinal) && Number(core[10..]) is { } coreApp)
        {
            return coreApp - 1000 + platform;
        }

        if (core.StartsWith("netstandard", StringComparison.Ordinal) && Number(core[11..]) is { } standard)
        {
            return standard - 2000;
        }

        if (core.StartsWith("net", StringComparison.Ordinal) && Number(core[3..]) is { } net)
        {
            return core.Contains('.', StringComparison.Ordinal) && net >= 5 ? net * 100 + platform : -3000 + net;
        }

        return null;
    }

    private static double? Number(string text) =>
        double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double value) ? value : null;
}

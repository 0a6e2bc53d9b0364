using System.Globalization;
using System.Text;

namespace AuditGen.Generators.Emission;

/// <summary>Renders values as C# source text.</summary>
internal static class CSharpLiterals
{
    private static readonly string[] LogLevelNames = ["Trace", "Debug", "Information", "Warning", "Error", "Critical", "None"];

    public static string String(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (char c in value)
        {
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                case '\0': builder.Append("\\0"); break;
                default:
                    if (char.IsControl(c) || c is '\u2028' or '\u2029' or '\u0085' || char.IsSurrogate(c))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    public static string Bool(bool value) => value ? "true" : "false";

    public static string LogLevel(int level) =>
        level >= 0 && level < LogLevelNames.Length
            ? "global::Microsoft.Extensions.Logging.LogLevel." + LogLevelNames[level]
            : "(global::Microsoft.Extensions.Logging.LogLevel)" + Int(level);
}

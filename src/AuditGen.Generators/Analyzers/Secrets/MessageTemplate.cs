using System.Collections.Generic;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>Parses message templates as Microsoft.Extensions.Logging and Serilog do.</summary>
internal static class MessageTemplate
{
    public static List<Placeholder> Parse(string template)
    {
        var placeholders = new List<Placeholder>();
        int textStart = 0;
        for (int i = 0; i < template.Length; i++)
        {
            if (template[i] != '{')
            {
                continue;
            }

            if (i + 1 < template.Length && template[i + 1] == '{')
            {
                i++;
                continue;
            }

            int end = template.IndexOf('}', i + 1);
            if (end < 0)
            {
                break;
            }

            string hole = template.Substring(i + 1, end - i - 1);
            bool destructured = hole.StartsWith("@", System.StringComparison.Ordinal);
            string name = hole.TrimStart('@', '$');
            int cut = name.IndexOfAny([',', ':']);
            string preceding = template.Substring(textStart, i - textStart);
            placeholders.Add(new Placeholder((cut >= 0 ? name.Substring(0, cut) : name).Trim(), destructured, preceding));
            i = end;
            textStart = end + 1;
        }

        return placeholders;
    }
}

using System.Text;

namespace AuditGen.Runtime;

/// <summary>The message template of a completion record, built once per audited method.</summary>
internal static class AuditRecordTemplate
{
    public const string Prefix = "{Operation} {Outcome} in {DurationMs} ms";

    public static string For(string[] keys)
    {
        if (keys.Length == 0)
        {
            return Prefix;
        }

        var template = new StringBuilder(Prefix).Append(" (");
        for (int i = 0; i < keys.Length; i++)
        {
            template.Append(i == 0 ? string.Empty : ", ").Append(keys[i]).Append(": {").Append(keys[i]).Append('}');
        }

        return template.Append(')').ToString();
    }
}

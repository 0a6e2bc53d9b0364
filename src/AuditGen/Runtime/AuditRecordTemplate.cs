using System.Text;
using AuditGen.Generators.Common;

namespace AuditGen.Runtime;

/// <summary>The message template of a completion record, built once per audited method.</summary>
internal static class AuditRecordTemplate
{
    public static string For(RecordKeyNames names, string[] keys)
    {
        var template = new StringBuilder();
        template.Append('{').Append(names.Operation).Append("} {").Append(names.Outcome).Append("} in {").Append(names.Duration)
            .Append(names.DurationInSeconds ? "} s" : "} ms");
        for (int i = 0; i < keys.Length; i++)
        {
            template.Append(i == 0 ? " (" : ", ").Append(keys[i]).Append(": {").Append(keys[i]).Append('}');
        }

        return (keys.Length > 0 ? template.Append(')') : template).ToString();
    }
}

using System.Collections.Generic;

namespace AuditGen.Runtime;

/// <summary>A field of the record itself (not a logged value), in the order the record lists them.</summary>
internal enum RecordField : byte
{
    Operation,
    Outcome,
    Duration,
    Sensitive,
    Function,
    Category,
}

/// <summary>Which of its own fields a method's records carry: the first four always, the function name in the
/// OpenTelemetry profile, the category when the method has one.</summary>
internal static class RecordHeader
{
    public static RecordField[] For(AuditMethod method)
    {
        var fields = new List<RecordField>(6) { RecordField.Operation, RecordField.Outcome, RecordField.Duration, RecordField.Sensitive };
        if (method.KeyNames.Function is not null && method.Function is not null)
        {
            fields.Add(RecordField.Function);
        }

        if (method.Category is not null)
        {
            fields.Add(RecordField.Category);
        }

        return [.. fields];
    }

    public static string KeyOf(AuditMethod method, RecordField field) => field switch
    {
        RecordField.Operation => method.KeyNames.Operation,
        RecordField.Outcome => method.KeyNames.Outcome,
        RecordField.Duration => method.KeyNames.Duration,
        RecordField.Sensitive => method.KeyNames.Sensitive,
        RecordField.Function => method.KeyNames.Function!,
        _ => method.KeyNames.Category,
    };
}

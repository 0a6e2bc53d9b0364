using System.Collections.Generic;
using System.Linq;
using System.Text;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes the state struct of one audit record: the keys <c>Operation</c>, <c>Outcome</c>, <c>DurationMs</c>,
/// <c>Sensitive</c>, each logged value, then <c>{OriginalFormat}</c>. Being a struct with a cached formatter, it costs
/// nothing unless a provider enumerates or formats it.
/// </summary>
internal static class AuditStateWriter
{
    private const string Pair = "global::System.Collections.Generic.KeyValuePair<string, object?>";
    private const int FixedKeys = 4;

    public static void Write(IndentedTextWriter writer, AuditMethodSpec method, string stateName, string toolVersion)
    {
        AuditRecordSpec audit = method.Audit!;
        writer.WriteLine(SourceHeader.GeneratedCode(toolVersion));
        using (writer.WriteBlock($"private readonly struct {stateName} : global::System.Collections.Generic.IReadOnlyList<{Pair}>"))
        {
            writer.WriteLine($"public const string Template = {CSharpLiterals.String(Template(method))};");
            writer.WriteLine($"public static readonly global::System.Func<{stateName}, global::System.Exception?, string> Formatter = static (state, _) => state.ToString();");
            writer.WriteLine();
            writer.WriteLine("private readonly string _outcome;");
            writer.WriteLine("private readonly double _durationMs;");
            for (int i = 0; i < method.LoggedValues.Count; i++)
            {
                writer.WriteLine($"private readonly {method.LoggedValues[i].FieldType} _value{i};");
            }

            writer.WriteLine();
            WriteConstructor(writer, method, stateName);
            writer.WriteLine();
            writer.WriteLine($"public int Count => {CSharpLiterals.Int(FixedKeys + method.LoggedValues.Count + 1)};");
            writer.WriteLine();
            WriteIndexer(writer, method, audit);
            writer.WriteLine();
            writer.WriteLines($$"""
                public global::System.Collections.Generic.IEnumerator<{{Pair}}> GetEnumerator()
                {
                    for (int i = 0; i < Count; i++)
                    {
                        yield return this[i];
                    }
                }

                global::System.Collections.IEnumerator global::System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
                """);
            writer.WriteLine();
            writer.WriteLine($"public override string ToString() => {MessageExpression(method)};");
        }
    }

    private static void WriteConstructor(IndentedTextWriter writer, AuditMethodSpec method, string stateName)
    {
        string parameters = string.Concat(method.LoggedValues.Select((v, i) => $", {v.FieldType} value{i}"));
        using (writer.WriteBlock($"public {stateName}(string outcome, double durationMs{parameters})"))
        {
            writer.WriteLine("_outcome = outcome;");
            writer.WriteLine("_durationMs = durationMs;");
            for (int i = 0; i < method.LoggedValues.Count; i++)
            {
                writer.WriteLine($"_value{i} = value{i};");
            }
        }
    }

    private static void WriteIndexer(IndentedTextWriter writer, AuditMethodSpec method, AuditRecordSpec audit)
    {
        using (writer.WriteBlock($"public {Pair} this[int index] => index switch", ";"))
        {
            writer.WriteLine($"0 => new {Pair}(\"Operation\", {CSharpLiterals.String(method.Operation)}),");
            writer.WriteLine($"1 => new {Pair}(\"Outcome\", _outcome),");
            writer.WriteLine($"2 => new {Pair}(\"DurationMs\", _durationMs),");
            writer.WriteLine($"3 => new {Pair}(\"Sensitive\", {CSharpLiterals.Bool(audit.Sensitive)}),");
            for (int i = 0; i < method.LoggedValues.Count; i++)
            {
                writer.WriteLine($"{CSharpLiterals.Int(FixedKeys + i)} => new {Pair}({CSharpLiterals.String(method.LoggedValues[i].Key)}, _value{i}),");
            }

            writer.WriteLine($"{CSharpLiterals.Int(FixedKeys + method.LoggedValues.Count)} => new {Pair}(\"{{OriginalFormat}}\", Template),");
            writer.WriteLine("_ => throw new global::System.ArgumentOutOfRangeException(nameof(index)),");
        }
    }

    private static string Template(AuditMethodSpec method)
    {
        var template = new StringBuilder("{Operation} {Outcome} in {DurationMs} ms");
        if (method.LoggedValues.Count > 0)
        {
            template.Append(" (").Append(string.Join(", ", method.LoggedValues.Select(v => v.Key + ": {" + v.Key + "}"))).Append(')');
        }

        return template.ToString();
    }

    private static string MessageExpression(AuditMethodSpec method)
    {
        const string Writer = "global::AuditGen.Runtime.AuditLogWriter";
        bool hasValues = method.LoggedValues.Count > 0;
        var parts = new List<string>
        {
            CSharpLiterals.String(method.Operation + " "),
            "_outcome",
            CSharpLiterals.String(" in "),
            Writer + ".FormatDuration(_durationMs)",
            CSharpLiterals.String(hasValues ? " ms (" : " ms"),
        };
        for (int i = 0; i < method.LoggedValues.Count; i++)
        {
            parts.Add(CSharpLiterals.String((i == 0 ? string.Empty : ", ") + method.LoggedValues[i].Key + ": "));
            parts.Add($"{Writer}.FormatValue(_value{i})");
        }

        if (hasValues)
        {
            parts.Add(CSharpLiterals.String(")"));
        }

        return string.Join(" + ", parts);
    }
}

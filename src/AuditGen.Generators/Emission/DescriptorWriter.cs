using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>
/// Writes the static descriptor of one audited method: what is fixed at compile time (operation, event ids, levels,
/// keys, redaction), built once and shared by every call.
/// <code>
/// private static readonly global::AuditGen.Runtime.AuditMethod __ag_M0 = new global::AuditGen.Runtime.AuditMethod("password_reset", 1640796352, sensitive: true, keys: new[] { "email", "token" }, modes: "PR", slowThresholdMs: 500, slowEventId: 369844283);
/// </code>
/// </summary>
internal static class DescriptorWriter
{
    private const int InformationLevel = 2;
    private const int WarningLevel = 3;

    /// <summary>The expression that reads the descriptor of the method at <paramref name="index"/>, qualified by the
    /// type's full name so that no parameter can shadow it.</summary>
    public static string Reference(ContainingTypeSpec type, int index) =>
        type.CanNestTypes
            ? $"{type.FullName}.{HolderName(type)}.M{CSharpLiterals.Int(index)}"
            : $"{type.FullName}.{type.MemberPrefix}M{CSharpLiterals.Int(index)}";

    /// <summary>
    /// Writes the descriptors of a type's audited methods. They live in one nested class, created on first use: static
    /// fields of the type itself would be initialized in whatever order the compiler takes the partial parts, possibly
    /// after a user's static initializer that already calls an audited method. A variant interface cannot nest a class
    /// (CS8427): there they are static fields.
    /// </summary>
    public static void WriteAll(IndentedTextWriter writer, AuditTypeSpec spec, string toolVersion, RecordKeyNames names)
    {
        if (spec.Methods.All(m => m.IsStub))
        {
            return;
        }

        writer.WriteLine(SourceHeader.GeneratedCode(toolVersion));
        if (!spec.Type.CanNestTypes)
        {
            for (int i = 0; i < spec.Methods.Count; i++)
            {
                if (!spec.Methods[i].IsStub)
                {
                    writer.WriteLine($"private static readonly global::AuditGen.Runtime.AuditMethod {spec.Type.MemberPrefix}M{CSharpLiterals.Int(i)} = {Creation(spec.Methods[i], spec.Type, names)};");
                }
            }

            writer.WriteLine();
            return;
        }

        using (writer.WriteBlock($"private static class {HolderName(spec.Type)}"))
        {
            for (int i = 0; i < spec.Methods.Count; i++)
            {
                if (!spec.Methods[i].IsStub)
                {
                    writer.WriteLine($"public static readonly global::AuditGen.Runtime.AuditMethod M{CSharpLiterals.Int(i)} = {Creation(spec.Methods[i], spec.Type, names)};");
                }
            }
        }

        writer.WriteLine();
    }

    /// <summary>Writes the property that reads a primary-constructor logger (a parameter of the method may shadow it).</summary>
    public static void WriteLoggerProperty(IndentedTextWriter writer, AuditMethodSpec method, int index, string toolVersion)
    {
        if (method.Logger.Access == LoggerAccess.PrimaryConstructorParameter)
        {
            writer.WriteLine($"{SourceHeader.GeneratedCode(toolVersion)} private global::Microsoft.Extensions.Logging.ILogger? {AuditMethodWriter.LoggerPropertyName(method, index)} => {method.Logger.Member};");
        }
    }

    private static string HolderName(ContainingTypeSpec type) => type.MemberPrefix + "D";

    private static string Creation(AuditMethodSpec method, ContainingTypeSpec type, RecordKeyNames names) =>
        $"new global::AuditGen.Runtime.AuditMethod({string.Join(", ", Arguments(method, type, names))})";

    /// <summary>The type as the catalog and <c>code.function.name</c> name it: its full metadata name with nested types
    /// joined by dots (<c>Shop.Repo`1.Item</c>), so a generic type and its non-generic namesake stay apart.</summary>
    public static string TypeName(ContainingTypeSpec type) => type.MetadataName.Replace('+', '.');

    /// <summary>The method's fully qualified name, as <c>code.function.name</c> and the catalog write it.</summary>
    public static string FunctionName(AuditMethodSpec method, ContainingTypeSpec type) => TypeName(type) + "." + method.Name.TrimStart('@');

    private static IEnumerable<string> Arguments(AuditMethodSpec method, ContainingTypeSpec type, RecordKeyNames names)
    {
        string category = type.LoggerCategory;
        yield return CSharpLiterals.String(method.Operation);
        yield return CSharpLiterals.Int(method.Audit?.EventId ?? 0);
        if (method.Audit is { } audit)
        {
            if (audit.Level != InformationLevel)
            {
                yield return "level: " + CSharpLiterals.LogLevel(audit.Level);
            }

            if (audit.Sensitive)
            {
                yield return "sensitive: true";
            }

            if (method.LoggedValues.Count > 0)
            {
                yield return "keys: new string[] { " + string.Join(", ", method.LoggedValues.Select(v => CSharpLiterals.String(v.KeyIn(names)))) + " }";
                yield return "modes: " + CSharpLiterals.String(string.Concat(method.LoggedValues.Select(v => Mode(v.Mode))));
            }
        }
        else
        {
            yield return "audit: false";
        }

        if (method.Performance is { } performance)
        {
            yield return "slowThresholdMs: " + CSharpLiterals.Int(performance.ThresholdMs);
            if (performance.Level != WarningLevel)
            {
                yield return "slowLevel: " + CSharpLiterals.LogLevel(performance.Level);
            }

            yield return "slowEventId: " + CSharpLiterals.Int(performance.EventId);
        }

        if (method.Logger.Access == LoggerAccess.Fallback)
        {
            yield return "fallbackCategory: " + CSharpLiterals.String(category);
        }

        if (method.Audit is not null && method.LoggedValues.Any(v => v.Detail is not null))
        {
            yield return "details: new string?[] { " + string.Join(", ", method.LoggedValues.Select(v => v.Detail is null ? "null" : CSharpLiterals.String(v.Detail))) + " }";
        }

        foreach (string argument in AuditArguments(method, type, names))
        {
            yield return argument;
        }
    }

    // What issue 11 added to a record: category, the Required check, the key profile and the actor's index.
    private static IEnumerable<string> AuditArguments(AuditMethodSpec method, ContainingTypeSpec type, RecordKeyNames names)
    {
        if (method.Audit is not { } audit)
        {
            yield break;
        }

        if (audit.Category.Length > 0)
        {
            yield return "category: " + CSharpLiterals.String(audit.Category);
        }

        if (audit.Required)
        {
            yield return "required: true";
        }

        if (names.Profile != RecordKeyNames.DefaultProfile)
        {
            yield return "profile: " + CSharpLiterals.Int(names.Profile);
            yield return "function: " + CSharpLiterals.String(FunctionName(method, type));
        }

        int actor = method.LoggedValues.ToList().FindIndex(v => v.Role == ValueRole.Actor);
        if (actor >= 0)
        {
            yield return "actor: " + CSharpLiterals.Int(actor);
        }
    }

    // The mode characters of AuditGen.Runtime.AuditMethod; anything unknown is a credential (fail closed).
    private static char Mode(LoggedValueMode mode) => mode switch
    {
        LoggedValueMode.Plain => 'P',
        LoggedValueMode.Presence => 'O',
        LoggedValueMode.Personal => 'H',
        LoggedValueMode.Masked => 'M',
        LoggedValueMode.Url => 'U',
        LoggedValueMode.KeyValue => 'K',
        _ => 'R',
    };
}

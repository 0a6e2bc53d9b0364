using System;
using System.Linq;
using AuditGen.Generators.Common;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Sensitivity;

/// <summary>
/// A codebase's own sensitivity vocabulary, read from <c>.editorconfig</c> (or a global config) and held as equatable
/// data, so the generator's pipeline re-runs only the methods whose verdicts a changed option can alter:
/// <list type="bullet">
/// <item><c>auditgen.secret_names = dob, mothers_maiden_name</c>: words or whole names that hold a credential.</item>
/// <item><c>auditgen.personal_names = badge, member_no</c>: words or names that hold a personal identifier.</item>
/// <item><c>auditgen.safe_names = tokenizer, pinned_version</c>: whole names that never hold either.</item>
/// <item><c>auditgen.secret_attributes = Contoso.SecretAttribute</c> and <c>auditgen.personal_attributes = Pii</c>: a
/// team's own attributes (full or simple names, with or without the <c>Attribute</c> suffix) that mark data.</item>
/// </list>
/// </summary>
internal sealed record SensitivityOptions(
    EquatableArray<string> SecretNames,
    EquatableArray<string> PersonalNames,
    EquatableArray<string> SafeNames,
    EquatableArray<string> SecretAttributes,
    EquatableArray<string> PersonalAttributes)
{
    public const string SecretNamesKey = "auditgen.secret_names";
    public const string PersonalNamesKey = "auditgen.personal_names";
    public const string SafeNamesKey = "auditgen.safe_names";
    public const string SecretAttributesKey = "auditgen.secret_attributes";
    public const string PersonalAttributesKey = "auditgen.personal_attributes";

    public static SensitivityOptions Default { get; } = new(default, default, default, default, default);

    public bool IsDefault => Equals(Default);

    public static SensitivityOptions From(AnalyzerConfigOptions options) =>
        !options.TryGetValue(SecretNamesKey, out _) && !options.TryGetValue(PersonalNamesKey, out _) && !options.TryGetValue(SafeNamesKey, out _)
        && !options.TryGetValue(SecretAttributesKey, out _) && !options.TryGetValue(PersonalAttributesKey, out _)
            ? Default // the common case, asked at every log call: five lookups, nothing allocated
            : Parse(options);

    private static SensitivityOptions Parse(AnalyzerConfigOptions options) => new(
        Names(options, SecretNamesKey),
        Names(options, PersonalNamesKey),
        Names(options, SafeNamesKey),
        Attributes(options, SecretAttributesKey),
        Attributes(options, PersonalAttributesKey));

    private static EquatableArray<string> Names(AnalyzerConfigOptions options, string key) =>
        List(options, key).Select(VocabularyMatch.Normalize).Where(n => n.Length > 0).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    // An attribute may be named in full or simply, with or without the suffix: one form is kept, without "Attribute".
    private static EquatableArray<string> Attributes(AnalyzerConfigOptions options, string key) =>
        List(options, key).Select(StripAttributeSuffix).Distinct().OrderBy(n => n, StringComparer.Ordinal).ToEquatableArray();

    public static string StripAttributeSuffix(string name) =>
        name.EndsWith("Attribute", StringComparison.Ordinal) && name.Length > "Attribute".Length ? name.Substring(0, name.Length - "Attribute".Length) : name;

    private static string[] List(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out string? value) && !string.IsNullOrWhiteSpace(value)
            ? value.Split([',', ';', ' ', '\t'], StringSplitOptions.RemoveEmptyEntries)
            : [];
}

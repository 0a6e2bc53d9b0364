using System;
using System.Collections.Concurrent;
using System.Linq;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Sensitivity;

/// <summary>
/// The one sensitivity policy: the built-in name rules (<see cref="NameRules"/>), framework credential types, built-in
/// and configured attributes, and the <c>.editorconfig</c> vocabulary (<see cref="SensitivityOptions"/>). The generator
/// asks it how to write each logged value; the analyzers and code fixes ask it whether a name or symbol is a secret.
/// </summary>
internal sealed partial class SensitivityPolicy
{
    private const string ConfiguredSecret = "a secret (per auditgen.secret_names)";
    private const string ConfiguredPersonal = "personal data (per auditgen.personal_names)";

    private static readonly ConcurrentDictionary<SensitivityOptions, SensitivityPolicy> Cache = new();

    private readonly ConcurrentDictionary<string, NameVerdict> _names = new(StringComparer.Ordinal);
    private readonly Func<string, NameVerdict> _classify;

    private SensitivityPolicy(SensitivityOptions options)
    {
        Options = options;
        _classify = ClassifyUncached;
    }

    public static SensitivityPolicy Default { get; } = new(SensitivityOptions.Default);

    public SensitivityOptions Options { get; }

    public static SensitivityPolicy For(SensitivityOptions options) =>
        options.IsDefault ? Default : Cache.GetOrAdd(options, static o => new SensitivityPolicy(o));

    /// <summary>The verdict on a name, configured vocabulary first. Cached: names repeat across log calls and methods.</summary>
    public NameVerdict ClassifyName(string name) => _names.GetOrAdd(name, _classify);

    /// <summary>What kind of credential the name denotes ("a token"…), or null: the analyzers' question.</summary>
    public string? Classify(string name) => ClassifyName(name) is { IsSecret: true } verdict ? verdict.Label : null;

    /// <summary>What credential the text ends with ("Sent OTP " → a one-time code), configured words included.</summary>
    public string? TrailingSecret(string text)
    {
        if (NameRules.TrailingSecret(text) is { } builtIn)
        {
            return builtIn;
        }

        var words = NameWords.Split(text);
        return words.Count > 0 && Options.SecretNames.Contains(words[words.Count - 1]) ? ConfiguredSecret : null;
    }

    /// <summary>How the generator writes one value, and what that mode needs (a hash domain, a mask shape).</summary>
    public (LoggedValueMode Mode, string? Detail) Judge(ValueFacts facts)
    {
        NameSensitivity sensitivity = Sensitivity(facts);
        if (sensitivity == NameSensitivity.Secret)
        {
            // PCI DSS allows a card number's first six and last four digits to be shown; nothing else of a credential.
            return facts.Mask is not null && IsDisplayableCardMask(facts)
                ? (LoggedValueMode.Masked, facts.Mask)
                : (LoggedValueMode.Redacted, null);
        }

        // A URL is sanitized, not partially masked: the visible end of a raw URL would be a query value.
        bool scalar = facts.Shape is ValueShape.Scalar or ValueShape.Number;
        bool url = facts.Shape == ValueShape.Url || (facts.Shape == ValueShape.Scalar && NameRules.IsUrlName(facts.Name));
        if (facts.Mask is not null && !url && scalar)
        {
            return (LoggedValueMode.Masked, facts.Mask);
        }

        if (sensitivity == NameSensitivity.Personal)
        {
            return (LoggedValueMode.Personal, facts.Domain);
        }

        return facts.Shape switch
        {
            _ when url => (LoggedValueMode.Url, null),
            // The runtime judges a pair by its key with the built-in rules; the codebase's own words travel with it.
            ValueShape.KeyValue => (LoggedValueMode.KeyValue, KeyVocabulary()),
            ValueShape.Object => (LoggedValueMode.Presence, null),
            _ => (LoggedValueMode.Plain, null),
        };
    }

    /// <summary>Whether a masking style would show part of a credential: the generator masks it whole, AG0017 says why.</summary>
    public bool IsCredential(ValueFacts facts) => Judge(facts).Mode == LoggedValueMode.Redacted;

    private bool IsDisplayableCardMask(ValueFacts facts)
    {
        string[] shape = facts.Mask!.Split(',');
        return shape.Length == 3
            && int.TryParse(shape[0], out int first) && first <= 6
            && int.TryParse(shape[1], out int last) && last <= 4
            && facts.Marking != Marking.Secret
            && ClassifyName(facts.Name).Label == NameVocabulary.CardNumber;
    }

    private NameSensitivity Sensitivity(ValueFacts facts)
    {
        Marking marking = Max(facts.Marking, ConfiguredMarking(facts.Attributes));
        if (marking == Marking.Secret || facts.Shape == ValueShape.Credential)
        {
            return NameSensitivity.Secret;
        }

        // A boolean, enum or date cannot carry a credential or an identifier, whatever its name (rememberPassword).
        NameVerdict own = facts.Shape == ValueShape.Fact || (facts.Shape == ValueShape.Number && NameRules.IsCount(facts.Name))
            ? NameVerdict.None
            : ClassifyName(facts.Name);
        NameVerdict container = facts.Container is null ? NameVerdict.None : ClassifyName(facts.Container);
        bool containerTypeSecret = !facts.ContainerTypes.IsEmpty && facts.ContainerTypes.Any(NameRules.NamesCredentialType);
        if (own.IsSecret || (facts.Shape != ValueShape.Fact && (container.IsSecret || containerTypeSecret)))
        {
            return NameSensitivity.Secret;
        }

        if (marking == Marking.Personal || IsConfiguredPersonal(facts.Name) || (facts.Container is not null && IsConfiguredPersonal(facts.Container)))
        {
            return NameSensitivity.Personal;
        }

        // In a sensitive operation every value not opted out is redacted: an identifier may be pseudonymized, anything
        // else is treated as a credential (fail closed).
        if (facts.SensitiveOperation && !facts.Logged)
        {
            return own.Sensitivity == NameSensitivity.Personal || container.Sensitivity == NameSensitivity.Personal
                ? NameSensitivity.Personal
                : NameSensitivity.Secret;
        }

        return NameSensitivity.None;
    }

    private string? KeyVocabulary() =>
        Options.SecretNames.IsEmpty && Options.PersonalNames.IsEmpty
            ? null
            : string.Join(",", Options.SecretNames.Concat(Options.PersonalNames).Distinct());

    private bool IsConfiguredPersonal(string name) =>
        !Options.PersonalNames.IsEmpty && ClassifyName(name) is { Sensitivity: NameSensitivity.Personal, Label: ConfiguredPersonal };

    private NameVerdict ClassifyUncached(string name)
    {
        if (!Options.SafeNames.IsEmpty && Options.SafeNames.Contains(VocabularyMatch.Normalize(name)))
        {
            return NameVerdict.None;
        }

        NameVerdict builtIn = NameRules.Classify(name);
        if (builtIn.IsSecret || (Options.SecretNames.IsEmpty && Options.PersonalNames.IsEmpty))
        {
            return builtIn;
        }

        if (Configured(Options.SecretNames, name))
        {
            return NameVerdict.Secret(ConfiguredSecret);
        }

        return Configured(Options.PersonalNames, name) ? NameVerdict.Personal(ConfiguredPersonal) : builtIn;
    }

    private static bool Configured(Common.EquatableArray<string> entries, string name) =>
        !entries.IsEmpty && VocabularyMatch.Matches(entry => entries.Contains(entry), name);

    private Marking ConfiguredMarking(System.Collections.Generic.IEnumerable<string> attributes)
    {
        Marking marking = Marking.None;
        foreach (string attribute in attributes)
        {
            if (MatchesAttribute(Options.SecretAttributes, attribute))
            {
                return Marking.Secret;
            }

            if (MatchesAttribute(Options.PersonalAttributes, attribute))
            {
                marking = Marking.Personal;
            }
        }

        return marking;
    }

    // "Contoso.Security.SecretAttribute" matches "Contoso.Security.Secret", "Secret" and "SecretAttribute".
    private static bool MatchesAttribute(Common.EquatableArray<string> configured, string fullName)
    {
        if (configured.IsEmpty)
        {
            return false;
        }

        string full = SensitivityOptions.StripAttributeSuffix(fullName);
        int dot = full.LastIndexOf('.');
        string simple = dot < 0 ? full : full.Substring(dot + 1);
        return configured.Contains(full) || configured.Contains(simple);
    }

    private static Marking Max(Marking a, Marking b) => a > b ? a : b;
}

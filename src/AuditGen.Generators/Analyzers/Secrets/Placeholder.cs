using AuditGen.Generators.Sensitivity;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>A placeholder of a message template: <c>{Name}</c>, <c>{@Name}</c> (destructured), <c>{Name:format}</c>.</summary>
/// <param name="Name">The name without operator, alignment or format.</param>
/// <param name="Destructured">Whether it starts with <c>@</c>: the value is logged member by member.</param>
/// <param name="Preceding">The template text between the previous placeholder and this one ("Sent OTP " in "Sent OTP {Value}").</param>
internal sealed record Placeholder(string Name, bool Destructured, string Preceding = "")
{
    /// <summary>
    /// What secret the placeholder stands for: by its own name ({ResetToken}), or, when its name says nothing either
    /// way, by the word just before it ("Sent OTP {Value}").
    /// </summary>
    /// <param name="names">The name vocabulary in force.</param>
    /// <param name="valueName">The name of the logged variable or member, if it has one.</param>
    /// <param name="valueType">The logged value's type, if known: some names are not evidence for some types
    /// (<see cref="PrintedValues.IsNotEvidence"/>).</param>
    public string? SecretDescription(SensitivityPolicy names, string? valueName = null, Microsoft.CodeAnalysis.ITypeSymbol? valueType = null)
    {
        if (!NameRules.IsBareContextWord(Name) && names.Classify(Name) is { } named)
        {
            // An object under {SigningKey} is written as it prints, which the detector has judged already.
            return valueType is not null && (!PrintedValues.NameSpeaksFor(valueType) || PrintedValues.IsNotEvidence(Name, valueType, named)) ? null : named;
        }

        // "API key {KeyName}", "Password {Status}": a placeholder or value that names its own meaning overrides the text.
        if (names.TrailingSecret(Preceding) is not { } trailing
            || NameRules.LastSecretTerm(Name) is not null
            || NameRules.HasDescribingWord(Name)
            || (valueName is not null && NameRules.HasDescribingWord(valueName)))
        {
            return null;
        }

        return trailing;
    }
}

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
    public string? SecretDescription(SecretNamePolicy names)
    {
        if (names.Classify(Name) is { } named)
        {
            return named;
        }

        bool nameMentionsNoSecretWord = Common.SecretNames.LastSecretWord(Name) is null;
        return nameMentionsNoSecretWord ? names.TrailingSecret(Preceding) : null;
    }
}

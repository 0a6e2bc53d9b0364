namespace AuditGen.Generators.Model;

/// <summary>One key/value pair of the audit record, after the record's own keys.</summary>
/// <param name="Key">The state key and message placeholder, e.g. <c>email</c> or <c>request.Email</c>; unique
/// (case-insensitively) among the record's keys, including <c>Operation</c>, <c>Outcome</c>, <c>DurationMs</c> and <c>Sensitive</c>.</param>
/// <param name="Expression">The argument expression, valid inside the wrapper, that captures the value unformatted.</param>
/// <param name="Mode">Whether the value is written as is, redacted, or as presence only.</param>
/// <param name="Parameter">The name of the parameter logged whole, or empty for a property of a <c>[LogProperties]</c> parameter.</param>
/// <param name="Facts">What the sensitivity policy judges the value by; <see cref="Mode"/> and <see cref="Detail"/> are its verdict.</param>
/// <param name="Detail">What the mode needs beyond its character: a hash domain or a mask shape.</param>
/// <param name="Role">Whether the value names the call's actor or target: then its key is the profile's actor or
/// target key (<c>Actor</c>, <c>enduser.id</c>…) instead of <see cref="Key"/>.</param>
internal sealed record LoggedValueSpec(string Key, string Expression, LoggedValueMode Mode, string Parameter, Sensitivity.ValueFacts? Facts = null, string? Detail = null, ValueRole Role = ValueRole.None)
{
    /// <summary>The key the record writes the value under in <paramref name="names"/>' profile.</summary>
    public string KeyIn(Common.RecordKeyNames names) => Role switch
    {
        ValueRole.Actor => names.Actor,
        ValueRole.Target => names.Target,
        _ => Key,
    };
}

/// <summary>What a logged value says about the call beyond its own name.</summary>
internal enum ValueRole
{
    /// <summary>An ordinary parameter value.</summary>
    None,

    /// <summary>The <c>[AuditActor]</c> parameter: who performs the call.</summary>
    Actor,

    /// <summary>The <c>[AuditTarget]</c> parameter: the resource the call acts on.</summary>
    Target,
}

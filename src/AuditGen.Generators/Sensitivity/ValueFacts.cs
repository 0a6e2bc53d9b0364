using AuditGen.Generators.Common;

namespace AuditGen.Generators.Sensitivity;

/// <summary>What kind of value a type holds, as far as redaction cares.</summary>
internal enum ValueShape
{
    /// <summary>A boolean or enum: cannot carry a credential or an identifier, whatever its name.</summary>
    Fact,

    /// <summary>A string, character, GUID, date or time, written as itself unless redacted.</summary>
    Scalar,

    /// <summary>A number: judged like a scalar, except that a plural credential word counts them (<c>int maxTokens</c>).</summary>
    Number,

    /// <summary>A <c>System.Uri</c>: user info and query values can carry credentials.</summary>
    Url,

    /// <summary>A framework credential type (headers, cookies, <c>NetworkCredential</c>…): always masked.</summary>
    Credential,

    /// <summary>A <c>KeyValuePair&lt;,&gt;</c>: its value is judged by its key at run time.</summary>
    KeyValue,

    /// <summary>Any other object: written as present or null, never through <c>ToString()</c>.</summary>
    Object,
}

/// <summary>How data is marked by an attribute.</summary>
internal enum Marking
{
    None,
    Personal,
    Secret,
}

/// <summary>
/// Everything the sensitivity policy needs to judge one logged value, taken from symbols at parse time as equatable
/// data; <see cref="SensitivityPolicy.Judge"/> turns it into a redaction mode once the options are known.
/// </summary>
/// <param name="Name">The parameter's or member's own name.</param>
/// <param name="Container">For a member of a <c>[LogProperties]</c> parameter, the parameter's name; else null.</param>
/// <param name="ContainerTypes">For a member, the names of the parameter's type and its base types (<c>Pat</c>,
/// <c>ApiToken</c>): a type named like a credential, or derived from one, holds credentials in every member.</param>
/// <param name="Shape">What the value's type can hold.</param>
/// <param name="Marking">The strongest built-in marking on the value or its container (<c>[Sensitive]</c>,
/// <c>DataClassificationAttribute</c>, <c>[PersonalData]</c>).</param>
/// <param name="Attributes">The names of all attributes on the value and its container, for a team's own markings.</param>
/// <param name="Logged">Whether <c>[Logged]</c> opts the value out of a sensitive operation's redaction.</param>
/// <param name="SensitiveOperation">Whether the operation is <c>[Audit(Sensitive = true)]</c>.</param>
/// <param name="Mask">The <c>[Masked]</c> shape as <c>"first,last,preserve"</c>, or null.</param>
/// <param name="Domain">The <c>[PersonalData(CorrelationDomain = …)]</c>, or null for the record key.</param>
internal sealed record ValueFacts(
    string Name,
    string? Container,
    EquatableArray<string> ContainerTypes,
    ValueShape Shape,
    Marking Marking,
    EquatableArray<string> Attributes,
    bool Logged,
    bool SensitiveOperation,
    string? Mask,
    string? Domain);

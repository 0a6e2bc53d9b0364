using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>The named arguments of one <c>[Audit]</c>, read once for the parser (which turns them into a record spec)
/// and for the rules (which judge them), so the two cannot read them differently.</summary>
/// <param name="Level">The <c>LogLevel</c> value; Information unless given.</param>
/// <param name="Sensitive">The <c>Sensitive</c> flag.</param>
/// <param name="Required">The <c>Required</c> flag.</param>
/// <param name="Category">The <c>AuditCategory</c> value as given (0 for none), defined or not.</param>
internal readonly record struct AuditArguments(int Level, bool Sensitive, bool Required, int Category)
{
    public const int InformationLevel = 2;

    public static AuditArguments Read(AttributeData audit)
    {
        var arguments = new AuditArguments(InformationLevel, false, false, 0);
        foreach (KeyValuePair<string, TypedConstant> argument in audit.NamedArguments)
        {
            arguments = argument.Key switch
            {
                "Level" when argument.Value.Value is int value => arguments with { Level = value },
                "Sensitive" when argument.Value.Value is bool value => arguments with { Sensitive = value },
                "Required" when argument.Value.Value is bool value => arguments with { Required = value },
                "Category" when argument.Value.Value is int value => arguments with { Category = value },
                _ => arguments,
            };
        }

        return arguments;
    }
}

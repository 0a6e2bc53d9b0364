using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>Derives stable event ids from operation names, so ids survive recompilation and reordering.</summary>
internal static class EventIds
{
    /// <summary>FNV-1a over the UTF-16 code units, folded to a positive, non-zero <see cref="int"/>.</summary>
    public static int Derive(string name)
    {
        unchecked
        {
            uint hash = 2166136261;
            foreach (char c in name)
            {
                hash = (hash ^ c) * 16777619;
            }

            int id = (int)(hash & 0x7FFFFFFF);
            return id == 0 ? 1 : id;
        }
    }

    /// <summary>The event id of the slow-call record of an operation.</summary>
    public static int DeriveSlowCall(string operation) => Derive(operation + ".slow");

    /// <summary>The event id of an <c>[Audit]</c> record: the explicit <c>EventId</c>, else one derived from the operation; <see langword="null"/> without an operation.</summary>
    public static int? ForAudit(AttributeData audit)
    {
        foreach (KeyValuePair<string, TypedConstant> argument in audit.NamedArguments)
        {
            if (argument.Key == "EventId" && argument.Value.Value is int explicitId)
            {
                return explicitId;
            }
        }

        return audit.ConstructorArguments.Length == 1 && audit.ConstructorArguments[0].Value is string operation && operation.Length > 0
            ? Derive(operation)
            : null;
    }
}

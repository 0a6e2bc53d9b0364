using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>AG0018: where <c>[AuditActor]</c>/<c>[AuditTarget]</c> change nothing. The generator gives a role to the
/// first whole, logged parameter that asks for it (<see cref="ValueClassifier"/>); these are the others.</summary>
internal static partial class AuditMethodRules
{
    private static void CheckRoles(IMethodSymbol method, KnownTypes known, List<AuditProblem> problems)
    {
        bool audited = KnownTypes.HasAttribute(method, known.AuditAttribute);
        string? actor = null;
        string? target = null;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            bool isActor = KnownTypes.HasAttribute(parameter, known.AuditActorAttribute);
            bool isTarget = KnownTypes.HasAttribute(parameter, known.AuditTargetAttribute);
            if (!isActor && !isTarget)
            {
                continue;
            }

            string attribute = isActor && isTarget ? "[AuditTarget]" : isActor ? "[AuditActor]" : "[AuditTarget]";
            string? reason = RoleProblem(method, parameter, known, audited, isActor, isTarget, isActor ? actor : target);
            if (reason is not null)
            {
                problems.Add(new AuditProblem(AuditProblemKind.IneffectiveAuditRole, UserLocation(parameter), attribute, parameter.Name, reason));
            }

            // A parameter marked with both is still the actor (the generator's choice): it holds that role.
            if (reason is not null && reason != BothRoles)
            {
                continue;
            }

            if (isActor)
            {
                actor = parameter.Name;
            }
            else
            {
                target = parameter.Name;
            }
        }
    }

    private static string? RoleProblem(IMethodSymbol method, IParameterSymbol parameter, KnownTypes known, bool audited, bool isActor, bool isTarget, string? holder)
    {
        if (!audited)
        {
            return $"'{method.Name}' has no [Audit], so it writes no audit record to name an actor or target in";
        }

        if (holder is not null)
        {
            return $"'{holder}' already has the role; only the first such parameter is written under it";
        }

        if (KnownTypes.HasAttribute(parameter, known.LogPropertiesAttribute))
        {
            return "its properties are logged one by one with [LogProperties], so there is no single value to write";
        }

        if (parameter.RefKind == RefKind.Out || parameter.Type.IsRefLikeType || known.IsLogger(parameter.Type)
            || KnownTypes.Is(parameter.Type, known.CancellationToken) || KnownTypes.HasAttribute(parameter, known.NotLoggedAttribute))
        {
            return "the parameter is never logged (out, ref struct, logger, cancellation token or [NotLogged])";
        }

        return isActor && isTarget ? BothRoles : null;
    }

    private const string BothRoles = "a parameter is either the actor or the target; it is written as the actor";
}

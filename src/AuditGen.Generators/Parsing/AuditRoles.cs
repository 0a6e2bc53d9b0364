using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Model;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>
/// Which parameter is the call's actor and which its target: the one decision the generator writes
/// (<see cref="ValueClassifier"/>) and AG0018 explains (<see cref="AuditMethodRules"/>). The first parameter that asks
/// for a role and is logged as one value takes it; every other request for a role gets the reason it has no effect.
/// </summary>
internal static class AuditRoles
{
    private const string BothRoles = "a parameter is either the actor or the target; it is written as the actor";

    /// <summary>One parameter's request for a role, and what came of it.</summary>
    /// <param name="Parameter">The parameter.</param>
    /// <param name="Attribute"><c>[AuditActor]</c> or <c>[AuditTarget]</c>: the attribute a problem is about.</param>
    /// <param name="Role">The role it holds, or <see cref="ValueRole.None"/>.</param>
    /// <param name="Problem">Why (part of) the request has no effect, or null.</param>
    public sealed record Verdict(IParameterSymbol Parameter, string Attribute, ValueRole Role, string? Problem);

    public static List<Verdict> Judge(IMethodSymbol method, KnownTypes known)
    {
        var verdicts = new List<Verdict>();
        bool audited = KnownTypes.HasAttribute(method, known.AuditAttribute);
        IParameterSymbol? actor = null;
        IParameterSymbol? target = null;
        foreach (IParameterSymbol parameter in method.Parameters)
        {
            bool isActor = KnownTypes.HasAttribute(parameter, known.AuditActorAttribute);
            bool isTarget = KnownTypes.HasAttribute(parameter, known.AuditTargetAttribute);
            if (!isActor && !isTarget)
            {
                continue;
            }

            IParameterSymbol? holder = isActor ? actor : target;
            string? problem = !audited ? $"'{method.Name}' has no [Audit], so it writes no audit record to name an actor or target in"
                : holder is not null ? $"'{holder.Name}' already has the role; only the first such parameter is written under it"
                : ValueClassifier.IsExcluded(parameter, known) ? "the parameter is never logged (out, ref struct, pointer, logger, cancellation token or source, or [NotLogged])"
                : ValueClassifier.IsExpanded(parameter, known) ? "its properties are logged one by one with [LogProperties], so there is no single value to write"
                : null;
            if (problem is not null)
            {
                verdicts.Add(new Verdict(parameter, isActor ? "[AuditActor]" : "[AuditTarget]", ValueRole.None, problem));
                continue;
            }

            if (isActor)
            {
                actor = parameter;
            }
            else
            {
                target = parameter;
            }

            // With both attributes the parameter is the actor; the target request is the one without effect.
            verdicts.Add(new Verdict(parameter, isActor && isTarget ? "[AuditTarget]" : isActor ? "[AuditActor]" : "[AuditTarget]", isActor ? ValueRole.Actor : ValueRole.Target, isActor && isTarget ? BothRoles : null));
        }

        return verdicts;
    }

    /// <summary>The role <paramref name="parameter"/> holds among <paramref name="verdicts"/>.</summary>
    public static ValueRole RoleOf(IParameterSymbol parameter, List<Verdict> verdicts) =>
        verdicts.FirstOrDefault(v => SymbolEqualityComparer.Default.Equals(v.Parameter, parameter))?.Role ?? ValueRole.None;
}

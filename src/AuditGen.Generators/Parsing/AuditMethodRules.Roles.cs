using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Parsing;

/// <summary>AG0018: where <c>[AuditActor]</c>/<c>[AuditTarget]</c> change nothing, as <see cref="AuditRoles"/> decides;
/// AG0019: issue 11's [Audit] settings that cannot work.</summary>
internal static partial class AuditMethodRules
{
    private const int NoneLevel = 6;

    private static string? AuditSettingProblem(AttributeData audit)
    {
        AuditArguments arguments = AuditArguments.Read(audit);
        if (arguments.Category != 0 && AuditCategories.Name(arguments.Category).Length == 0)
        {
            return $"Category {arguments.Category} is not an AuditCategory";
        }

        return arguments.Required && arguments.Level == NoneLevel
            ? "Required = true with Level = None: no record could ever be written, so every call would be refused"
            : null;
    }

    private static void CheckRoles(IMethodSymbol method, KnownTypes known, List<AuditProblem> problems)
    {
        foreach (AuditRoles.Verdict verdict in AuditRoles.Judge(method, known))
        {
            if (verdict.Problem is { } problem)
            {
                problems.Add(new AuditProblem(AuditProblemKind.IneffectiveAuditRole, UserLocation(verdict.Parameter), verdict.Attribute, verdict.Parameter.Name, problem));
            }
        }
    }
}

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
        int level = 2;
        bool required = false;
        foreach (KeyValuePair<string, TypedConstant> argument in audit.NamedArguments)
        {
            switch (argument.Key)
            {
                case "Category" when argument.Value.Value is int category && category != 0 && AuditCategories.Name(category).Length == 0:
                    return $"Category {category} is not an AuditCategory";
                case "Level" when argument.Value.Value is int value:
                    level = value;
                    break;
                case "Required" when argument.Value.Value is bool value:
                    required = value;
                    break;
            }
        }

        return required && level == NoneLevel
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

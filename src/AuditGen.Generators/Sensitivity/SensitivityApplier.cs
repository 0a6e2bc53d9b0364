using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Sensitivity;

/// <summary>Applies a codebase's configured policy to a parsed method: the parse step judged its values with the
/// built-in policy only, because a generator's syntax step cannot read <c>.editorconfig</c>.</summary>
internal static class SensitivityApplier
{
    public static AuditTargetSpec Apply(AuditTargetSpec target, SensitivityPolicy policy)
    {
        if (ReferenceEquals(policy, SensitivityPolicy.Default) || target.Method.LoggedValues.IsEmpty)
        {
            return target;
        }

        EquatableArray<LoggedValueSpec> values = target.Method.LoggedValues
            .Select(v => v.Facts is null ? v : Judged(v, policy.Judge(v.Facts)))
            .ToEquatableArray();
        return values == target.Method.LoggedValues ? target : target with { Method = target.Method with { LoggedValues = values } };
    }

    private static LoggedValueSpec Judged(LoggedValueSpec value, (LoggedValueMode Mode, string? Detail) verdict) =>
        value.Mode == verdict.Mode && value.Detail == verdict.Detail ? value : value with { Mode = verdict.Mode, Detail = verdict.Detail };
}

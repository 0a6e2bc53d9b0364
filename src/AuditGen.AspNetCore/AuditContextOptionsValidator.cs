using System.Collections.Generic;
using Microsoft.Extensions.Options;

namespace AuditGen.AspNetCore;

/// <summary>Validates registered <see cref="AuditContextOptions"/> with the same rules as <c>UseAuditContext</c>.</summary>
internal sealed class AuditContextOptionsValidator : IValidateOptions<AuditContextOptions>
{
    public ValidateOptionsResult Validate(string? name, AuditContextOptions options)
    {
        IReadOnlyList<string> problems = options.Problems();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}

using AuditGen.CodeFixes;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.CodeFixes;

public sealed class SecretInExceptionCodeFixTests
{
    private static string Accounts(string body) => Sources.InNamespace($$"""
        public sealed class Accounts
        {
            public void Run(string email, string resetToken, string apiKey, string password)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public async Task Redact_wraps_each_secret_part_of_the_message() => await CodeFixTest<SecretInExceptionAnalyzer, RedactSecretCodeFix>.VerifyAsync(
        Accounts("""
                if (email.Length == 0) throw new InvalidOperationException($"Reset token {{|AG1007:resetToken|}} for {email} is invalid");
                if (email.Length == 1) throw new ArgumentException("bad key " + {|AG1007:apiKey|}, nameof(apiKey));
                throw new InvalidOperationException(string.Format("pw {0}, key {1}", {|AG1007:password|}, {|AG1007:apiKey|}));
        """),
        Accounts("""
                if (email.Length == 0) throw new InvalidOperationException($"Reset token {AuditLog.Redact(resetToken)} for {email} is invalid");
                if (email.Length == 1) throw new ArgumentException("bad key " + AuditLog.Redact(apiKey), nameof(apiKey));
                throw new InvalidOperationException(string.Format("pw {0}, key {1}", AuditLog.Redact(password), AuditLog.Redact(apiKey)));
        """),
        diagnostics: 4,
        compiles: true);

    [Fact]
    public async Task Redact_adds_the_using_when_it_is_missing() => await CodeFixTest<SecretInExceptionAnalyzer, RedactSecretCodeFix>.VerifyAsync(
        """
        using System;

        public sealed class Accounts
        {
            public string Check(string? password) => password ?? throw new ArgumentException($"bad {{|AG1007:password|}}");
        }
        """,
        """
        using System;
        using AuditGen;

        public sealed class Accounts
        {
            public string Check(string? password) => password ?? throw new ArgumentException($"bad {AuditLog.Redact(password)}");
        }
        """);

    [Fact]
    public async Task No_fix_for_a_whole_message_held_in_a_local()
    {
        // Redacting the local would blank the whole message; the fix belongs where the message is built.
        string source = Accounts("""
                string message = "Login failed with " + password;
                throw new InvalidOperationException({|AG1007:message|});
        """);
        await new CodeFixTest<SecretInExceptionAnalyzer, RedactSecretCodeFix>(source, source)
        {
            NumberOfIncrementalIterations = 0,
            NumberOfFixAllIterations = 0,
        }.RunAsync();
    }
}

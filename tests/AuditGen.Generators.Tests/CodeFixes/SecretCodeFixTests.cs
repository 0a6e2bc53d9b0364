using AuditGen.CodeFixes;
using AuditGen.Generators.Analyzers.Secrets;
using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.CodeFixes;

public sealed class SecretCodeFixTests
{
    private static string Handler(string body) => Sources.InNamespace($$"""
        public sealed class Handler(ILogger<Handler> logger)
        {
            public void Run(string email, string resetToken, string value)
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public async Task Redact_wraps_the_value() => await CodeFixTest<SecretLoggingAnalyzer, RedactSecretCodeFix>.VerifyAsync(
        Handler("""
                logger.LogInformation("Token {Token} for {Email}", {|AG1001:resetToken|}, email);
                logger.LogInformation("Password {Password}", {|AG1006:value|});
        """),
        Handler("""
                logger.LogInformation("Token {Token} for {Email}", AuditLog.Redact(resetToken), email);
                logger.LogInformation("Password {Password}", AuditLog.Redact(value));
        """),
        diagnostics: 2);

    [Fact]
    public async Task Redact_adds_the_using_when_it_is_missing() => await CodeFixTest<SecretLoggingAnalyzer, RedactSecretCodeFix>.VerifyAsync(
        """
        using Microsoft.Extensions.Logging;

        public sealed class Handler(ILogger<Handler> logger)
        {
            public void Run(string password) => logger.LogInformation("Login {Password}", {|AG1001:password|});
        }
        """,
        """
        using AuditGen;
        using Microsoft.Extensions.Logging;

        public sealed class Handler(ILogger<Handler> logger)
        {
            public void Run(string password) => logger.LogInformation("Login {Password}", AuditLog.Redact(password));
        }
        """);

    [Fact]
    public async Task Interpolated_message_becomes_a_template_with_the_secret_redacted() => await CodeFixTest<SecretLoggingAnalyzer, MessageTemplateCodeFix>.VerifyAsync(
        Handler("""
                logger.LogInformation($"Reset for {email} with {{|AG1001:resetToken|}} ({value.Length,4:N0} chars)");
        """),
        Handler("""
                logger.LogInformation("Reset for {Email} with {ResetToken} ({Length,4:N0} chars)", email, AuditLog.Redact(resetToken), value.Length);
        """));

    [Fact]
    public async Task Fix_All_turns_every_interpolated_message_of_a_document_into_a_template() => await CodeFixTest<SecretLoggingAnalyzer, MessageTemplateCodeFix>.VerifyAsync(
        Handler("""
                logger.LogInformation($"Reset for {email} with {{|AG1001:resetToken|}}");
                logger.LogWarning($"Retry {email} with {{|AG1001:resetToken|}}");
        """),
        Handler("""
                logger.LogInformation("Reset for {Email} with {ResetToken}", email, AuditLog.Redact(resetToken));
                logger.LogWarning("Retry {Email} with {ResetToken}", email, AuditLog.Redact(resetToken));
        """),
        diagnostics: 2);

    [Fact]
    public async Task Fix_All_marks_every_reported_parameter_of_an_audited_method() => await CodeFixTest<SecretLoggingAnalyzer, MarkParameterSensitiveCodeFix>.VerifyAsync(
        Sources.InNamespace("""
        public sealed partial class Accounts(ILogger<Accounts> logger)
        {
            [Audit("register")]
            public partial Task RegisterAsync(string email, string data, string note);

            private Task RegisterAsyncCore(string email, string data, string note) => Task.CompletedTask;

            public Task Run(string email, string password, string resetToken) => RegisterAsync(email, {|AG1001:password|}, {|AG1001:resetToken|});
        }
        """),
        Sources.InNamespace("""
        public sealed partial class Accounts(ILogger<Accounts> logger)
        {
            [Audit("register")]
            public partial Task RegisterAsync(string email, [Sensitive] string data, [Sensitive] string note);

            private Task RegisterAsyncCore(string email, string data, string note) => Task.CompletedTask;

            public Task Run(string email, string password, string resetToken) => RegisterAsync(email, password, resetToken);
        }
        """),
        diagnostics: 2);

    [Fact]
    public async Task Audited_method_argument_marks_the_parameter_sensitive() => await CodeFixTest<SecretLoggingAnalyzer, MarkParameterSensitiveCodeFix>.VerifyAsync(
        Sources.InNamespace("""
        public sealed partial class Accounts(ILogger<Accounts> logger)
        {
            [Audit("register")]
            public partial Task RegisterAsync(string email, string data);

            private Task RegisterAsyncCore(string email, string data) => Task.CompletedTask;

            public Task Run(string email, string password) => RegisterAsync(email, {|AG1001:password|});
        }
        """),
        Sources.InNamespace("""
        public sealed partial class Accounts(ILogger<Accounts> logger)
        {
            [Audit("register")]
            public partial Task RegisterAsync(string email, [Sensitive] string data);

            private Task RegisterAsyncCore(string email, string data) => Task.CompletedTask;

            public Task Run(string email, string password) => RegisterAsync(email, password);
        }
        """));
}

using AuditGen.Generators.Tests.Infrastructure;
using Verify = AuditGen.Generators.Tests.Infrastructure.AnalyzerTest<AuditGen.Generators.Analyzers.Secrets.SecretLoggingAnalyzer>;

namespace AuditGen.Generators.Tests.Analyzers.Secrets;

public sealed class SecretLoggingAnalyzerTests
{
    private static string Method(string parameters, string body) => Sources.InNamespace($$"""
        public sealed class Handler(ILogger<Handler> logger)
        {
            public void Run({{parameters}})
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public async Task AG1001_named_secret_through_a_placeholder() => await Verify.VerifyAsync(Method("string resetToken", """
                logger.LogInformation("Reset token {Token} issued", {|AG1001:resetToken|});
        """));

    [Fact]
    public async Task AG1001_secret_copied_and_interpolated_into_the_message() => await Verify.VerifyAsync(Method("string token, string email", """
                var link = $"https://app.example/reset?email={email}&token={token}";
                logger.LogInformation("Sending {Link}", {|AG1001:link|});
                logger.LogInformation($"Reset for {email} with {{|AG1001:token|}}");
        """));

    [Fact]
    public async Task AG1001_dictionary_key_and_method_name() => await Verify.VerifyAsync(Method("System.Collections.Generic.IDictionary<string, string> form", """
                logger.LogInformation("Secret {Value}", {|AG1001:form["client_secret"]|});
                logger.LogInformation("Fresh {Value}", {|AG1001:GenerateToken()|});
            }

            private static string GenerateToken() => "t";

            private void Unused()
            {
        """));

    [Fact]
    public async Task AG1001_is_not_reported_for_descriptive_names_or_sanitized_values() => await Verify.VerifyAsync(Method("string token, string tokenType, int passwordLength, bool hasPassword", """
                logger.LogInformation("Type {Type}, length {Length}, has password {Has}", tokenType, passwordLength, hasPassword);
                logger.LogInformation("Token length {Length}", token.Length);
                logger.LogInformation("Token {Token}", AuditLog.Redact(token));
                logger.LogInformation("Hash {Hash}", System.Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(token))));
                logger.LogInformation("Empty: {Empty}", string.IsNullOrEmpty(token));
        """));

    [Fact]
    public async Task AG1002_sensitive_and_classified_data() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed class Customer { [Sensitive] public string TaxId { get; set; } = ""; public string Name { get; set; } = ""; }
        public sealed class Handler(ILogger<Handler> logger)
        {
            public void Run(Customer customer, [Sensitive] string birthDate)
            {
                logger.LogInformation("Tax {TaxId} for {Name}", {|AG1002:customer.TaxId|}, customer.Name);
                logger.LogInformation("Born {Date}", {|AG1002:birthDate|});
            }
        }
        """));

    [Fact]
    public async Task AG1003_credential_types() => await Verify.VerifyAsync(Method("System.Net.Http.HttpRequestMessage request, System.Net.NetworkCredential account", """
                logger.LogDebug("Headers {Headers}", {|AG1003:request.Headers|});
                logger.LogDebug("User {User} via {Account}", account.UserName, {|AG1003:account|});
                logger.LogDebug("Request {Method} {Uri}", request.Method, request.RequestUri);
        """));

    [Fact]
    public async Task AG1004_credential_text_in_a_template() => await Verify.VerifyAsync(Method("string server", """
                logger.LogInformation({|AG1004:"Connecting to Server=db;User Id=sa;Password=Sup3rS3cret!;"|});
                logger.LogInformation("Connecting to {Server} with integrated security", server);
        """));

    [Fact]
    public async Task AG1005_records_and_destructured_objects_with_secret_members() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed record LoginRequest(string Email, string Password);
        public sealed class Options { public string Url { get; set; } = ""; public string ApiKey { get; set; } = ""; }
        public sealed class Order { public int Id { get; set; } public string Note { get; set; } = ""; }
        public sealed class Printed { public string ApiKey { get; set; } = ""; public override string ToString() => "key " + ApiKey; }
        public sealed class Masked { public string ApiKey { get; set; } = ""; public override string ToString() => "key " + AuditLog.Redact(ApiKey); }
        public sealed record Quiet(string Email, string Password) { protected virtual bool PrintMembers(System.Text.StringBuilder builder) { builder.Append(Email); return true; } }
        public sealed class Handler(ILogger<Handler> logger)
        {
            public void Run(LoginRequest request, Options options, Order order, Printed printed, Masked masked, Quiet quiet)
            {
                logger.LogInformation("Login {Request}", {|AG1005:request|});
                logger.LogInformation("Options {@Options}", options); // no destructuring provider: prints its type name
                logger.LogInformation("Options {Options}", options); // prints "Options": no ToString of its own
                logger.LogInformation("Printed {Value}", {|AG1005:printed|});
                logger.LogInformation("Masked {Value}", masked);
                logger.LogInformation("Quiet {Value}", quiet);
                logger.LogInformation("Order {@Order}", order);
                logger.LogInformation("Login for {Email}", request.Email);
            }
        }
        """));

    [Fact]
    public async Task AG1006_placeholder_names_a_secret() => await Verify.VerifyAsync(Method("string value, string message, string code, int statusCode, string email", """
                logger.LogInformation("Password {Password}", {|AG1006:value|});
                logger.LogInformation("Sent OTP {Value} to {Email}", {|AG1006:message|}, email);
                logger.LogInformation("Password {Password}", AuditLog.Redact(value));
                logger.LogInformation("Code {Code} for {Email}", {|AG1001:code|}, email);
                logger.LogInformation("Error code {Value} for {Email}", statusCode, email);
        """));

    [Fact]
    public async Task Scopes_are_checked_key_by_key() => await Verify.VerifyAsync(Method("string authorization, string requestId", """
                using var scope = logger.BeginScope(new System.Collections.Generic.Dictionary<string, object>
                {
                    ["RequestId"] = requestId,
                    ["Authorization"] = {|AG1001:authorization|},
                });
        """));

    [Fact]
    public async Task LoggerMessage_declarations_and_calls() => await Verify.VerifyAsync(Sources.InNamespace("""
        public static partial class Log
        {
            [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Signed in {Email}")]
            public static partial void SignedIn(ILogger logger, string email);

            [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Rejected {Password}")]
            public static partial void Rejected(ILogger logger, string {|AG1001:password|});

            public static void Use(ILogger logger, string email, string password) => SignedIn(logger, {|AG1001:password|});
        }
        """));

    [Fact]
    public async Task Serilog_calls_and_ForContext() => await Verify.VerifyAsync(Method("Serilog.ILogger serilog, string token, string tenant", """
                serilog.Information("Token {Token} for {Tenant}", {|AG1001:token|}, tenant);
                serilog.ForContext("Token", {|AG1001:token|}).Information("Refreshed");
                Serilog.Log.Information("Tenant {Tenant}", tenant);
        """));

    [Fact]
    public async Task Audited_methods_are_sinks_only_for_parameters_they_log_as_is() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed partial class Accounts(ILogger<Accounts> logger)
        {
            [Audit("register")]
            public partial Task RegisterAsync(string email, string data, [Sensitive] string note);

            private Task RegisterAsyncCore(string email, string data, string note) => Task.CompletedTask;

            public async Task Run(string email, string password)
            {
                await RegisterAsync(email, {|AG1001:password|}, email);
                await RegisterAsync(email, email, password);
            }
        }
        """));

    [Fact]
    public async Task Editorconfig_adds_secret_names_and_safe_names() => await Verify.VerifyWithEditorConfigAsync(
        Method("string dob, string mothersMaidenName, string resetToken", """
                logger.LogInformation("Born {Date}", {|AG1001:dob|});
                logger.LogInformation("Maiden name {Name}", {|AG1001:mothersMaidenName|});
                logger.LogInformation("Reset {Value}", resetToken);
        """),
        "auditgen.secret_names = dob, mothers_maiden_name\nauditgen.safe_names = resetToken");

    [Fact]
    public async Task Code_without_logging_is_ignored() => await Verify.VerifyAsync("""
        public static class Plain
        {
            public static string Echo(string password) => password.Trim();
        }
        """);
}

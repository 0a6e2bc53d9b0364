using AuditGen.Generators.Tests.Infrastructure;
using Verify = AuditGen.Generators.Tests.Infrastructure.AnalyzerTest<AuditGen.Generators.Analyzers.Secrets.SecretInExceptionAnalyzer>;

namespace AuditGen.Generators.Tests.Analyzers.Secrets;

public sealed class SecretInExceptionAnalyzerTests
{
    private static string Method(string parameters, string body) => Sources.InNamespace($$"""
        public sealed class Accounts
        {
            public void Run({{parameters}})
            {
        {{body}}
            }
        }
        """);

    [Fact]
    public async Task Interpolated_secret_is_reported_on_the_hole() => await Verify.VerifyAsync(Method("string token, string email", """
                throw new InvalidOperationException($"Reset token {{|AG1007:token|}} for {email} is invalid");
        """));

    [Fact]
    public async Task Concatenated_secret_is_reported_and_the_parameter_name_is_not() => await Verify.VerifyAsync(Method("string apiKey", """
                throw new ArgumentException("bad key " + {|AG1007:apiKey|}, nameof(apiKey));
        """));

    [Fact]
    public async Task Every_secret_part_of_string_Format_is_reported() => await Verify.VerifyAsync(Method("string password, string userName, string refreshToken", """
                throw new InvalidOperationException(string.Format("pw {0} for {1}, refresh {2}", {|AG1007:password|}, userName, {|AG1007:refreshToken|}));
        """));

    [Fact]
    public async Task Throw_expression_and_conditional() => await Verify.VerifyAsync(Method("string? clientSecret, string? name, bool strict", """
                string value = name ?? throw new ArgumentNullException(nameof(name), $"no name for secret {{|AG1007:clientSecret|}}");
                throw strict ? new InvalidOperationException("Secret " + {|AG1007:clientSecret|}) : new ArgumentException("bad");
        """));

    [Fact]
    public async Task Sensitive_parameter_and_secret_property_of_an_object() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed class Credentials { public string User { get; set; } = ""; public string Password { get; set; } = ""; }
        public sealed class Accounts
        {
            public void Run([Sensitive] string taxId, Credentials credentials)
            {
                if (taxId.Length != 9)
                {
                    throw new FormatException($"Tax id {{|AG1007:taxId|}} is malformed");
                }

                throw new UnauthorizedAccessException($"Login failed for {credentials.User} with {{|AG1007:credentials.Password|}}");
            }
        }
        """));

    [Fact]
    public async Task Exception_built_into_a_local_and_thrown_later() => await Verify.VerifyAsync(Method("string otpCode, bool expired", """
                var error = new InvalidOperationException($"Code {{|AG1007:otpCode|}} rejected");
                if (expired)
                {
                    throw error;
                }
        """));

    [Fact]
    public async Task Inner_exceptions_and_faulted_tasks_count_as_thrown() => await Verify.VerifyAsync(Method("string password", """
                var source = new TaskCompletionSource();
                source.SetException(new InvalidOperationException($"pw {{|AG1007:password|}}"));
                _ = Task.FromException(new InvalidOperationException("pw " + {|AG1007:password|}));
                throw new InvalidOperationException("Login failed", new ArgumentException($"pw {{|AG1007:password|}}"));
        """));

    [Fact]
    public async Task Exception_factory_returns_what_callers_throw() => await Verify.VerifyAsync(Sources.InNamespace("""
        public static class Errors
        {
            public static Exception InvalidToken(string accessToken) => new InvalidOperationException($"Token {{|AG1007:accessToken|}} rejected");
        }
        """));

    [Fact]
    public async Task Message_built_in_a_local_is_reported_on_the_local() => await Verify.VerifyAsync(Method("string password", """
                string message = "Login failed with " + password;
                throw new InvalidOperationException({|AG1007:message|});
        """));

    [Fact]
    public async Task ArgumentOutOfRange_prints_its_actual_value() => await Verify.VerifyAsync(Method("string pin", """
                throw new ArgumentOutOfRangeException(nameof(pin), {|AG1007:pin|}, "PIN must have four digits");
        """));

    [Fact]
    public async Task Custom_exception_judges_its_message_parameter() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed class LoginException(string userName, string detailMessage) : Exception(detailMessage);
        public sealed class KeyException(string detail) : Exception(detail);
        public sealed class Accounts
        {
            public void Run(string user, string password, string apiKey)
            {
                if (user.Length == 0)
                {
                    throw new LoginException(user, $"bad password {{|AG1007:password|}}");
                }

                throw new KeyException("Key " + {|AG1007:apiKey|});
            }
        }
        """));

    [Fact]
    public async Task Credential_text_in_a_constant_message() => await Verify.VerifyAsync(Method("", """
                throw new InvalidOperationException({|AG1007:"Cannot open Server=db;User Id=sa;Password=Sup3rS3cret!;"|});
        """));

    [Fact]
    public async Task Silent_for_names_plain_values_and_redacted_secrets() => await Verify.VerifyAsync(Method("string token, string email, int userId, string message, string tokenType", """
                if (token.Length == 0) throw new ArgumentException("Token must not be empty", nameof(token));
                if (token.Length == 1) throw new ArgumentNullException(nameof(token));
                if (token.Length == 2) throw new InvalidOperationException($"Token for user {userId} has expired");
                if (token.Length == 3) throw new InvalidOperationException($"Token {AuditLog.Redact(token)} was rejected for {email}");
                if (token.Length == 4) throw new InvalidOperationException(message);
                if (token.Length == 5) throw new InvalidOperationException($"Token of type {tokenType} has {token.Length} characters");
                if (token.Length == 6) throw new ObjectDisposedException(nameof(token), "The token store was disposed");
                throw new InvalidOperationException("The token is invalid");
        """));

    // Look-alikes found in a real code base (see the measurement in docs/diagnostics/AG1007.md): an enum after
    // "Status code: ", a Type after "job key: ", a dictionary's Keys, a lookup key named in prose.
    [Fact]
    public async Task Silent_for_facts_types_collection_keys_and_prose_keys() => await Verify.VerifyAsync(Method(
        "System.Net.Http.HttpResponseMessage response, System.Collections.Generic.Dictionary<string, int> ciphersByName, string name",
        """
                if (name.Length == 0) throw new InvalidOperationException("Request failed. Status code: " + response.StatusCode);
                if (name.Length == 1) throw new InvalidOperationException($"Cannot find job key: {typeof(Accounts)}, not running?");
                if (name.Length == 2) throw new InvalidOperationException($"Unknown cipher '{name}'. Available: {string.Join(", ", ciphersByName.Keys)}");
                if (name.Length == 3) throw new InvalidOperationException("Cache key: " + name);
                throw new InvalidOperationException($"Error code: {name}");
        """));

    [Fact]
    public async Task Secret_collections_and_secret_prose_keys_are_still_reported() => await Verify.VerifyAsync(Method(
        "System.Collections.Generic.Dictionary<string, string> apiKeys, string value",
        """
                if (value.Length == 0) throw new InvalidOperationException($"Known: {{|AG1007:string.Join(", ", apiKeys.Values)|}}");
                if (value.Length == 1) throw new InvalidOperationException("Reset code: " + {|AG1007:value|});
                throw new InvalidOperationException($"callback?state=1&code={{|AG1007:value|}}");
        """));

    [Fact]
    public async Task Silent_for_exceptions_that_are_never_thrown() => await Verify.VerifyAsync(Sources.InNamespace("""
        public sealed class Accounts
        {
            public Exception? Last { get; private set; }

            public void Run(string token)
            {
                var unused = new InvalidOperationException($"Token {token}");
                Last = new InvalidOperationException($"Token {token}");
            }
        }
        """));

    [Fact]
    public async Task Silent_for_non_exception_types() => await Verify.VerifyAsync(Method("string password", """
                var text = new System.Text.StringBuilder($"pw {password}");
                throw new InvalidOperationException(text.Length.ToString());
        """));

    [Fact]
    public async Task Unresolved_exception_types_do_not_crash() => await Verify.VerifyAsync(Method("string password", """
                throw new MissingException($"pw {password}");
        """));
}

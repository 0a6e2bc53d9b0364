using AuditGen.Generators.Model;
using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.Parsing;

/// <summary>Source to model, with no generator driver and no emitted text: a wrong model is caught here.</summary>
public sealed class AuditMethodParserTests
{
    [Theory]
    [InlineData("string password", "Redacted")]
    [InlineData("string resetToken", "Redacted")]
    [InlineData("[Sensitive] string email", "Redacted")]
    [InlineData("string tokenType", "Plain")]
    [InlineData("bool rememberPassword", "Plain")]
    [InlineData("int count", "Plain")]
    [InlineData("System.Collections.Generic.List<int> items", "Presence")]
    public void Redaction_is_decided_at_compile_time(string parameter, string expected)
    {
        string core = parameter[(parameter.LastIndexOf(']') + 1)..].Trim();
        AuditMethodSpec method = ParserHarness.Method(Sources.Service($$"""
            [Audit("op")] public partial void Run({{parameter}});
            private void RunCore({{core}}) { }
            """));

        Assert.Equal(Enum.Parse<LoggedValueMode>(expected), Assert.Single(method.LoggedValues).Mode);
    }

    [Fact]
    public void Data_classification_attributes_redact()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.Usings + """
            namespace Microsoft.Extensions.Compliance.Classification
            {
                public class DataClassificationAttribute : System.Attribute { }
                public sealed class PiiAttribute : DataClassificationAttribute { }
            }

            namespace Shop
            {
                public partial class Svc(ILogger logger)
                {
                    [Audit("op")] public partial void Run([Microsoft.Extensions.Compliance.Classification.Pii] string email);
                    private void RunCore(string email) { }
                }
            }
            """);

        Assert.Equal(LoggedValueMode.Redacted, Assert.Single(method.LoggedValues).Mode);
    }

    [Fact]
    public void Cancellation_tokens_loggers_out_and_not_logged_parameters_are_left_out()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace("""
            public partial class Svc
            {
                [Audit("op")] public partial int Run(ILogger logger, CancellationToken cancellationToken, out int result, [NotLogged] string note, int kept);
                private int RunCore(ILogger logger, CancellationToken cancellationToken, out int result, string note, int kept) { result = 0; return 0; }
            }
            """));

        Assert.Equal(new LoggedValueSpec("kept", "kept", LoggedValueMode.Plain, "kept"), Assert.Single(method.LoggedValues) with { Facts = null });
        Assert.Equal(new LoggerSpec(LoggerAccess.Parameter, "logger", string.Empty), method.Logger);
    }

    [Theory]
    [InlineData("private readonly ILogger _log; private readonly int _x;", "InstanceField", "_log", "")]
    [InlineData("protected ILogger Log { get; } = null!;", "InstanceProperty", "Log", "")]
    [InlineData("private static readonly ILogger s_log = null!;", "StaticField", "s_log", "global::Shop.Svc")]
    [InlineData("private static ILogger Log => null!;", "StaticProperty", "Log", "global::Shop.Svc")]
    [InlineData("", "Fallback", "", "")]
    public void Logger_is_found_in_the_documented_order(string members, string access, string member, string qualifier)
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace($$"""
            public partial class Svc
            {
                {{members}}
                [Audit("op")] public partial void Run();
                private void RunCore() { }
            }
            """));

        Assert.Equal(new LoggerSpec(Enum.Parse<LoggerAccess>(access), member, qualifier), method.Logger);
    }

    [Fact]
    public void A_static_logger_is_qualified_by_its_type_so_that_an_instance_method_and_a_same_named_parameter_can_use_it()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace("""
            public partial class Svc<T>
            {
                private static readonly ILogger logger = null!;
                [Audit("op")] public partial void Run(string logger);
                private void RunCore(string logger) { }
            }
            """));

        Assert.Equal(new LoggerSpec(LoggerAccess.StaticField, "logger", "global::Shop.Svc<T>"), method.Logger);
    }

    [Fact]
    public void An_explicit_interface_logger_is_read_through_its_interface()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace("""
            public interface IHasLogger { ILogger Logger { get; } }
            public partial class Svc : IHasLogger
            {
                ILogger IHasLogger.Logger => null!;
                [Audit("op")] public partial void Run();
                private void RunCore() { }
            }
            """));

        Assert.Equal(new LoggerSpec(LoggerAccess.InstanceProperty, "Logger", "global::Shop.IHasLogger"), method.Logger);
    }

    [Theory]
    [InlineData("public partial class Svc(ILogger logger) { private readonly object _state = logger; ", "a field initializer uses it (CS9124)")]
    [InlineData("public class Base(ILogger logger) { } public partial class Svc(ILogger logger) : Base(logger) { ", "the base constructor gets it (CS9107)")]
    [InlineData("public partial class Svc(ILogger logger) { private string logger = \"\"; ", "a member hides it")]
    public void A_primary_constructor_logger_is_not_captured_where_capturing_it_warns_or_cannot_work(string opening, string why)
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace(opening + """
                [Audit("op")] public partial void Run();
                private void RunCore() { }
            }
            """));

        Assert.True(method.Logger.Access == LoggerAccess.Fallback, why);
    }

    [Fact]
    public void Track_performance_alone_names_the_operation_after_the_type_and_method()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.Service("""
            [TrackPerformance(25)] public partial void Run();
            private void RunCore() { }
            """));

        Assert.Equal("OrderService.Run", method.Operation);
        Assert.Null(method.Audit);
        Assert.Equal(25, method.Performance!.ThresholdMs);
    }

    [Theory]
    [InlineData("int Outcome, int outcome, int Operation, int durationMs, int sensitive", "Outcome_, outcome__, Operation_, durationMs_, sensitive_")]
    [InlineData("int email, int Email", "email, Email_")]
    public void Parameters_never_take_over_the_records_own_keys(string parameters, string expectedKeys)
    {
        string arguments = parameters;
        AuditMethodSpec method = ParserHarness.Method(Sources.Service($$"""
            [Audit("op")] public partial void Run({{parameters}});
            private void RunCore({{arguments}}) { }
            """));

        Assert.Equal(expectedKeys, string.Join(", ", method.LoggedValues.Select(v => v.Key)));
    }

    [Fact]
    public void Log_properties_on_a_nullable_struct_logs_the_structs_properties()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace("""
            public struct Point { public int X { get; set; } public int Y { get; set; } }
            public partial class Svc
            {
                [Audit("op")] public partial void Run([LogProperties] Point? point);
                private void RunCore(Point? point) { }
            }
            """));

        Assert.Equal(["point.X", "point.Y"], method.LoggedValues.Select(v => v.Key));
        Assert.Contains("__ag_v?.X", method.LoggedValues[0].Expression, StringComparison.Ordinal);
    }

    [Fact]
    public void Generated_names_avoid_every_name_the_user_wrote()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.InNamespace("""
            public partial class Svc
            {
                private int __ag_M0;
                [Audit("op")] public partial void Run(int __ag1_c, int __ag2);
                private void RunCore(int __ag1_c, int __ag2) { }
            }
            """));

        Assert.Equal("__ag2_", method.Prefix);
    }

    [Fact]
    public void Attributes_the_user_already_applied_are_not_emitted_again()
    {
        AuditMethodSpec method = ParserHarness.Method(Sources.Service("""
            [Audit("op")] [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage] [System.Diagnostics.DebuggerNonUserCode]
            public partial void Run();
            private void RunCore() { }
            """));

        Assert.Equal(GeneratedAttributes.ExcludeFromCodeCoverage | GeneratedAttributes.DebuggerNonUserCode, method.ExistingAttributes);
    }

    [Theory]
    [InlineData("[Audit(\"op\", Level = (LogLevel)(-1))] public partial void Run(); private void RunCore() { }")]
    [InlineData("[TrackPerformance(5, Level = (LogLevel)7)] public partial void Run(); private void RunCore() { }")]
    [InlineData("[Audit(\"op\")] public partial void Run();")]
    [InlineData("[Audit(\"op\")] public partial void Run(); internal void RunCore() { }")]
    public void Declarations_the_analyzer_rejects_become_throwing_stubs(string members)
    {
        Assert.True(ParserHarness.Method(Sources.Service(members)).IsStub);
    }

    [Theory]
    [InlineData("[Audit(\"op\")] public partial void Run(Strin name); private void RunCore(Strin name) { }")]
    [InlineData("[Audit(\"op\")] partial int Run(); private int RunCore() => 0;")]
    public void Invalid_declarations_are_rejected_instead_of_repeated_in_generated_code(string members)
    {
        Assert.Null(ParserHarness.Parse(Sources.Service(members)));
    }

    [Fact]
    public void A_partial_explicit_interface_implementation_is_left_to_the_compilers_error()
    {
        Assert.Null(ParserHarness.Parse(Sources.InNamespace("""
            public interface IRunner { int Run(); }
            public partial class Runner(ILogger logger) : IRunner
            {
                [Audit("run")] partial int IRunner.Run();
                private int RunCore() => 1;
            }
            """)));
    }
}

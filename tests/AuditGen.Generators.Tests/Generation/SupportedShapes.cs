using AuditGen.Generators.Tests.Infrastructure;

namespace AuditGen.Generators.Tests.Generation;

/// <summary>One source per supported shape of audited method or containing type.</summary>
public static class SupportedShapes
{
    private static readonly Dictionary<string, string> All = new()
    {
        // The user opted into an [Experimental] API where they declared the method; the generated part repeats its type.
        ["experimental types the user opted into"] = Sources.InNamespace("""
            [System.Diagnostics.CodeAnalysis.Experimental("ACME001")] public sealed class Preview { public int Level { get; set; } }

            #pragma warning disable ACME001
            public partial class Previewer(ILogger logger)
            {
                [Audit("preview")] public partial Preview Run(Preview preview, [LogProperties] Preview again);
                private Preview RunCore(Preview preview, Preview again) => preview;
            }
            #pragma warning restore ACME001
            """),
        ["instance void"] = Sources.Service("""
            [Audit("ship")] public partial void Ship(int orderId);
            private void ShipCore(int orderId) { }
            """),
        ["value with in/ref/out"] = Sources.Service("""
            [Audit("reserve")] public partial int Reserve(in int quantity, ref string note, out bool reserved);
            private int ReserveCore(in int quantity, ref string note, out bool reserved) { reserved = true; return quantity; }
            """),
        ["static in static class"] = Sources.InNamespace("""
            public static partial class Clock
            {
                [Audit("tick")] [TrackPerformance(10)] public static partial long Tick(int step);
                private static long TickCore(int step) => step;
            }
            """),
        ["generic method with constraints"] = Sources.Service("""
            [Audit("echo")] public partial T Echo<T, TKey>(T value, TKey key) where T : class, new() where TKey : struct, IComparable<TKey>;
            private T EchoCore<T, TKey>(T value, TKey key) where T : class, new() where TKey : struct, IComparable<TKey> => value;
            """),
        ["generic type"] = Sources.InNamespace("""
            public partial class Repository<TEntity>(ILogger logger) where TEntity : notnull
            {
                [Audit("save")] public partial Task<TEntity> SaveAsync(TEntity entity, CancellationToken cancellationToken);
                private Task<TEntity> SaveAsyncCore(TEntity entity, CancellationToken cancellationToken) => Task.FromResult(entity);
            }
            """),
        ["Task"] = Sources.Service("""
            [Audit("notify")] public partial Task NotifyAsync(string email);
            private async Task NotifyAsyncCore(string email) => await Task.Yield();
            """),
        ["Task<T>"] = Sources.Service("""
            [Audit("count")] public partial Task<int> CountAsync(DateTime since);
            private Task<int> CountAsyncCore(DateTime since) => Task.FromResult(1);
            """),
        ["ValueTask"] = Sources.Service("""
            [Audit("touch")] public partial ValueTask TouchAsync(Guid id);
            private ValueTask TouchAsyncCore(Guid id) => default;
            """),
        ["ValueTask<T>"] = Sources.Service("""
            [Audit("price")] [TrackPerformance(250)] public partial ValueTask<decimal> PriceAsync(string sku, int? quantity);
            private ValueTask<decimal> PriceAsyncCore(string sku, int? quantity) => new(1m);
            """),
        ["record with logger property"] = Sources.InNamespace("""
            public partial record Checkout(ILogger Logger)
            {
                [Audit("pay")] public partial bool Pay(decimal amount);
                private bool PayCore(decimal amount) => amount > 0;
            }
            """),
        ["struct with logger field"] = Sources.InNamespace("""
            public partial struct Meter
            {
                private ILogger? _logger;
                [Audit("read")] public partial double Read(string unit);
                private double ReadCore(string unit) => 1.0;
            }
            """),
        ["readonly record struct"] = Sources.InNamespace("""
            public readonly partial record struct Probe(ILogger Logger)
            {
                [TrackPerformance(5)] public partial void Ping();
                private void PingCore() { }
            }
            """),
        ["nested types"] = Sources.InNamespace("""
            public static partial class Outer
            {
                internal partial class Inner<T>
                {
                    [Audit("inner")] internal partial T Get(T value);
                    private T GetCore(T value) => value;
                }
            }
            """),
        ["global namespace"] = Sources.Usings + """
            public partial class GlobalService
            {
                [Audit("global")] public partial void Run();
                private void RunCore() { }
            }
            """,
        ["many parameters"] = Sources.Service("""
            [Audit("wide")] public partial void Wide(int a, long b, short c, byte d, sbyte e, uint f, ulong g, ushort h, float i, double j, decimal k, char l, bool m, string n, DateTimeOffset o, TimeSpan p);
            private void WideCore(int a, long b, short c, byte d, sbyte e, uint f, ulong g, ushort h, float i, double j, decimal k, char l, bool m, string n, DateTimeOffset o, TimeSpan p) { }
            """),
        ["logger parameter"] = Sources.InNamespace("""
            public static partial class Jobs
            {
                [Audit("job")] public static partial void Run(ILogger logger, string name);
                private static void RunCore(ILogger logger, string name) { }
            }
            """),
        ["extension method with params"] = Sources.InNamespace("""
            public static partial class Extensions
            {
                [Audit("tag")] public static partial string Tag(this string value, params string[] tags);
                private static string TagCore(this string value, params string[] tags) => value;
            }
            """),
        ["nullable, tuple and keyword names"] = Sources.Service("""
            [Audit("split")] public partial (string? first, int count) Split(string? @class, int? @event, object? payload);
            private (string? first, int count) SplitCore(string? @class, int? @event, object? payload) => (@class, 1);
            """),
        ["virtual and override"] = Sources.InNamespace("""
            public abstract partial class Handler(ILogger logger)
            {
                [Audit("handle")] public virtual partial Task HandleAsync(string input);
                private Task HandleAsyncCore(string input) => Task.CompletedTask;
            }
            public partial class SpecialHandler(ILogger logger) : Handler(logger)
            {
                [Audit("handle_special")] public override partial Task HandleAsync(string input);
                private Task HandleAsyncCore(string input) => Task.CompletedTask;
            }
            """),
        ["sensitive operation with log properties"] = Sources.Service("""
            public sealed record LoginRequest(string Email, string Password, int Attempt, Address Home);
            public sealed record Address(string City);
            [Audit("login", Sensitive = true, Level = LogLevel.Debug, EventId = 42)]
            public partial Task<bool> LoginAsync([Logged] string email, [LogProperties] LoginRequest request, [NotLogged] string trace, [Sensitive] int pin);
            private Task<bool> LoginAsyncCore(string email, LoginRequest request, string trace, int pin) => Task.FromResult(true);
            """),
        ["interface implementation"] = Sources.InNamespace("""
            public interface IAuthService { Task ResetPasswordAsync(string email, string token); }
            public partial class AuthService(ILogger<AuthService> logger) : IAuthService
            {
                [Audit("password_reset", Sensitive = true)]
                [TrackPerformance(500)]
                public partial Task ResetPasswordAsync(string email, string token);
                private async Task ResetPasswordAsyncCore(string email, string token) => await Task.Yield();
            }
            """),
        ["override of a generic method with a restated constraint"] = Sources.InNamespace("""
            public abstract class Repository { public abstract T? Find<T>(string key) where T : class; }
            public partial class CachedRepository(ILogger logger) : Repository
            {
                [Audit("find")] public override partial T? Find<T>(string key) where T : class;
                private T? FindCore<T>(string key) where T : class => null;
            }
            """),
        ["nested type of a generic type, ref readonly and allows ref struct"] = Sources.InNamespace("""
            public class Box<T> { public enum Kind { Small, Large } }
            public partial class Packer<T>(ILogger logger)
            {
                [Audit("pack")] public partial Box<T>.Kind Pack<TState>(ref readonly int count, scoped ReadOnlySpan<char> label, TState state) where TState : allows ref struct;
                private Box<T>.Kind PackCore<TState>(ref readonly int count, scoped ReadOnlySpan<char> label, TState state) where TState : allows ref struct => Box<T>.Kind.Small;
            }
            """),
        ["names the wrapper might use and a shadowed logger"] = Sources.InNamespace("""
            public partial class Shadowed(ILogger logger)
            {
                [Audit("shadow")] [System.Diagnostics.CodeAnalysis.ExcludeFromCodeCoverage]
                public partial int Run(string logger, int __ag_c, int __ag_e, int __ag_M0, int Outcome, int await);
                private int RunCore(string logger, int __ag_c, int __ag_e, int __ag_M0, int Outcome, int await) => 0;
            }
            """),
        ["contracts the wrapper cannot repeat without warnings"] = Sources.InNamespace("""
            public interface IShape { static abstract IShape Create(); }
            public partial class Contracts(ILogger logger)
            {
                private string? _name;
                [Audit("t")] public partial Task? Maybe();
                private Task? MaybeCore() => null;
                [Audit("f")] [System.Diagnostics.CodeAnalysis.DoesNotReturn] public partial void Fail(string message);
                private void FailCore(string message) => throw new InvalidOperationException(message);
                [Audit("i")] [System.Diagnostics.CodeAnalysis.MemberNotNull(nameof(_name))] public partial void Init();
                private void InitCore() => _name = "x";
                [Audit("d")] public partial void Draw(IShape shape, dynamic? extra, string DrawCore);
                private void DrawCore(IShape shape, dynamic? extra, string DrawCore) { }
                [Audit("o")] public partial void Old();
                [Obsolete("use New")] private void OldCore() { }
            }
            public partial interface IRepo<out T>
            {
                [Audit("count")] public static partial int Count(ILogger logger);
                private static int CountCore(ILogger logger) => 0;
            }
            """),
        ["inherited loggers the type hides or cannot read"] = Sources.InNamespace("""
            public class Base { protected ILogger? Logger { get; set; } public ILogger? Other { private get; set; } }
            public partial class Derived(ILogger logger) : Base
            {
                public new string Logger => "";
                [Audit("hidden")] public partial void Run();
                private void RunCore() { }
            }
            public partial class ByRef(in ILogger logger)
            {
                [Audit("by_ref")] public partial void Run();
                private void RunCore() { }
            }
            """),
    };

    public static TheoryData<string> Names => [.. All.Keys];

    public static string Source(string name) => All[name];
}

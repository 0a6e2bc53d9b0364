using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>One value a log call writes, with the template placeholder it fills (if known).</summary>
/// <param name="Value">The value.</param>
/// <param name="Placeholder">The placeholder, or <see langword="null"/> when the sink has no template.</param>
internal sealed record LogValue(IOperation Value, Placeholder? Placeholder);

/// <summary>A call that writes to a log: its display name, its message template and the values it logs.</summary>
/// <param name="Name">How the message names the sink, e.g. <c>ILogger.LogInformation</c>.</param>
/// <param name="Template">The message or template argument, if any.</param>
/// <param name="Values">The logged values, in template order.</param>
/// <param name="ScopeState">A scope state (dictionary, pairs or object) to inspect key by key.</param>
/// <param name="ValueFix">The code fix for a secret value: redact it, or (for audited methods, whose arguments are business data) mark the parameter [Sensitive].</param>
/// <param name="Destructures">Whether <c>{@X}</c> writes the object member by member here (Serilog, or Microsoft.Extensions.Logging
/// with a destructuring provider); otherwise it is printed by its <c>ToString()</c> like <c>{X}</c>.</param>
internal sealed record LogSink(string Name, IOperation? Template, IReadOnlyList<LogValue> Values, IOperation? ScopeState, string ValueFix = SecretLoggingAnalyzer.FixRedact, bool Destructures = false);

using System.Collections.Generic;
using System.Collections.Immutable;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// Reports a secret interpolated, concatenated or formatted into the message of an exception that is thrown (AG1007).
/// The code never has to call a logger for this to leak: whoever catches the exception and logs it writes its
/// <c>ToString()</c>, message included, to every provider. Secrets are recognised by the same
/// <see cref="SecretDetector"/> and <see cref="SensitivityPolicy"/> as the log calls' (AG1001–AG1006).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class SecretInExceptionAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(SecretDescriptors.SecretInExceptionMessage, SecretDescriptors.BaselinedSecret);

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName("System.Exception") is null)
            {
                return;
            }

            var known = KnownTypes.From(start.Compilation);
            var secretTypes = new SecretTypes(start.Compilation);
            var baseline = SecretBaseline.From(start.Compilation, start.Options, start.CancellationToken);
            start.RegisterOperationAction(ctx => AnalyzeCreation(ctx, secretTypes, known, baseline), OperationKind.ObjectCreation);
        });
    }

    private static void AnalyzeCreation(OperationAnalysisContext context, SecretTypes secretTypes, KnownTypes known, SecretBaseline baseline)
    {
        var creation = (IObjectCreationOperation)context.Operation;
        if (creation.Arguments.IsEmpty || creation.Type is not { } type || !KnownTypes.IsException(type))
        {
            return;
        }

        // Cheap checks first: most exceptions have a constant message, and the throw check walks the body.
        var messages = ThrownExceptions.MessageArguments(creation);
        if (messages.Count == 0 || AllConstant(messages) || !ThrownExceptions.IsThrown(creation, context.ContainingSymbol))
        {
            return;
        }

        var detector = new SecretDetector(secretTypes, known, SecretLoggingAnalyzer.Policy(context.Options, creation.Syntax.SyntaxTree), context.CancellationToken);
        var report = new SecretReport(context.ReportDiagnostic, baseline, context.CancellationToken);
        foreach (IArgumentOperation message in messages)
        {
            foreach ((IOperation part, SecretFinding finding) in detector.FindInMessage(message.Value))
            {
                report.Add(
                    SecretDescriptors.SecretInExceptionMessage,
                    part.Syntax.GetLocation(),
                    ImmutableDictionary<string, string?>.Empty.Add(SecretLoggingAnalyzer.FixProperty, Fix(part, finding, message.Value, detector)),
                    finding.Subject,
                    finding.Description,
                    type.Name);
            }
        }
    }

    // Constant messages are still judged (a connection string with its password), but only those that look like a
    // credential; this skips the detector for the common throw new X("Invalid state").
    private static bool AllConstant(IReadOnlyList<IArgumentOperation> messages)
    {
        foreach (IArgumentOperation message in messages)
        {
            if (!message.Value.ConstantValue.HasValue
                || (message.Value.ConstantValue.Value is string text && SecretLiterals.Match(text) is not null))
            {
                return false;
            }
        }

        return true;
    }

    // Redact the secret part where it enters the text. Not offered for credential-looking text (there is no value to
    // wrap: the literal itself must go), nor for a whole message held in a local that merely contains a secret
    // somewhere: redacting it would blank the message; the fix belongs where the text is built.
    private static string Fix(IOperation part, SecretFinding finding, IOperation message, SecretDetector detector)
    {
        if (finding.Kind == SecretKind.Literal)
        {
            return string.Empty;
        }

        bool wholeMessage = SecretDetector.Unwrap(message) == part;
        return wholeMessage && part is ILocalReferenceOperation local && detector.FromSymbol(local.Local, local.Local.Type, part.Syntax) is null
            ? string.Empty
            : SecretLoggingAnalyzer.FixRedact;
    }
}

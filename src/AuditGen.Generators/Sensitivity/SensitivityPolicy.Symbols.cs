using System.Linq;
using System.Runtime.CompilerServices;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Sensitivity;

internal sealed partial class SensitivityPolicy
{
    // One policy per options instance: the analyzers ask at every log call, and a file's options object is shared.
    private static readonly ConditionalWeakTable<AnalyzerConfigOptions, SensitivityPolicy> ByOptions = new();

    /// <summary>The policy in force for a file's options.</summary>
    public static SensitivityPolicy From(AnalyzerConfigOptions options) =>
        ByOptions.GetValue(options, static o => For(SensitivityOptions.From(o)));

    /// <summary>The policy in force for a syntax tree (the built-in one when there is no tree).</summary>
    public static SensitivityPolicy From(AnalyzerOptions options, SyntaxTree? tree) =>
        tree is null ? Default : From(options.AnalyzerConfigOptionsProvider.GetOptions(tree));

    /// <summary>How a symbol is marked: built-in attributes and the team's own from <c>.editorconfig</c>.</summary>
    public Marking MarkingOf(ISymbol symbol, KnownTypes known)
    {
        Marking marking = ValueMarkings.Of(symbol, known);
        if (marking == Marking.Secret || (Options.SecretAttributes.IsEmpty && Options.PersonalAttributes.IsEmpty))
        {
            return marking;
        }

        Marking configured = ConfiguredMarking(symbol.GetAttributes().Select(a => a.AttributeClass?.ToDisplayString()).OfType<string>());
        return configured > marking ? configured : marking;
    }
}

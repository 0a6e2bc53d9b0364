using System;
using System.Linq;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Model;
using AuditGen.Generators.Parsing;
using AuditGen.Generators.Sensitivity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Analyzers;

/// <summary>AG0017: <c>[Masked]</c> on a value the policy judges a credential. The generator masks such a value whole,
/// so the attribute is ignored; saying so keeps a user from believing the last four digits of a PIN are logged on purpose.</summary>
internal static class MaskedCredentialAnalysis
{
    public static void Analyze(Action<Diagnostic> report, IMethodSymbol method, KnownTypes known, AnalyzerOptions options)
    {
        if (known.MaskedAttribute is null || !KnownTypes.HasAttribute(method, known.AuditAttribute) || !HasMaskedValue(method, known))
        {
            return;
        }

        SensitivityPolicy policy = SensitivityPolicy.From(options, method.Locations.FirstOrDefault()?.SourceTree);
        bool sensitive = KnownTypes.FindAttribute(method, known.AuditAttribute)?.NamedArguments.Any(a => a.Key == "Sensitive" && a.Value.Value is true) == true;
        foreach (LoggedValueSpec value in ValueClassifier.Classify(method, known, sensitive, "__ag_"))
        {
            if (value.Facts is { Mask: not null } facts && policy.IsCredential(facts) && MaskedSymbol(method, value) is { } symbol)
            {
                AttributeData masked = KnownTypes.FindAttribute(symbol, known.MaskedAttribute)!;
                Location location = masked.ApplicationSyntaxReference?.GetSyntax().GetLocation() ?? symbol.Locations.FirstOrDefault() ?? Location.None;
                string what = policy.ClassifyName(facts.Name).Label ?? (facts.Container is { } container ? policy.ClassifyName(container).Label : null) ?? "a credential";
                report(Diagnostic.Create(DiagnosticDescriptors.MaskedCredential, location, value.Key, what));
            }
        }
    }

    private static bool HasMaskedValue(IMethodSymbol method, KnownTypes known) =>
        method.Parameters.Any(p => KnownTypes.HasAttribute(p, known.MaskedAttribute)
            || (KnownTypes.HasAttribute(p, known.LogPropertiesAttribute) && p.Type.GetMembers().Any(m => KnownTypes.HasAttribute(m, known.MaskedAttribute))));

    // The parameter itself, or the property of a [LogProperties] parameter, that carries [Masked].
    private static ISymbol? MaskedSymbol(IMethodSymbol method, LoggedValueSpec value)
    {
        if (value.Parameter.Length > 0)
        {
            return method.Parameters.FirstOrDefault(p => p.Name == value.Parameter);
        }

        IParameterSymbol? container = method.Parameters.FirstOrDefault(p => p.Name == value.Facts!.Container);
        for (ITypeSymbol? type = container is null ? null : ValueShapes.UnwrapNullable(container.Type); type is not null; type = type.BaseType)
        {
            if (type.GetMembers(value.Facts!.Name).FirstOrDefault() is IPropertySymbol property)
            {
                return property;
            }
        }

        return null;
    }
}

using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using AuditGen.Generators.Diagnostics;
using AuditGen.Generators.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace AuditGen.Generators.Analyzers;

/// <summary>Reports audited methods of one type whose audit records would share an event id.</summary>
internal static class EventIdAnalysis
{
    public static void AnalyzeType(SymbolAnalysisContext context, INamedTypeSymbol type, KnownTypes known)
    {
        var firstById = new Dictionary<int, IMethodSymbol>();
        foreach (IMethodSymbol method in type.GetMembers().OfType<IMethodSymbol>())
        {
            if (method.PartialDefinitionPart is not null || KnownTypes.FindAttribute(method, known.AuditAttribute) is not { } audit)
            {
                continue;
            }

            if (EventIds.ForAudit(audit) is not { } id)
            {
                continue;
            }

            if (firstById.TryGetValue(id, out IMethodSymbol? first))
            {
                Location? location = audit.ApplicationSyntaxReference?.GetSyntax(context.CancellationToken).GetLocation() ?? method.Locations.FirstOrDefault();
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateEventId, location, method.Name, id.ToString(CultureInfo.InvariantCulture), first.Name));
            }
            else
            {
                firstById.Add(id, method);
            }
        }
    }

}

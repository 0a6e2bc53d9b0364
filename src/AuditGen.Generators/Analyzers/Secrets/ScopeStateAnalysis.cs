using System;
using System.Collections.Generic;
using AuditGen.Generators.Analyzers.Secrets.Baseline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace AuditGen.Generators.Analyzers.Secrets;

/// <summary>
/// Scope and state objects: dictionaries (<c>["Authorization"] = header</c>, <c>Add("token", t)</c>), key/value pairs,
/// tuples and arrays of them are checked key by key; anything else as one value.
/// </summary>
internal static class ScopeStateAnalysis
{
    public static void Analyze(LogSink sink, IOperation state, SecretDetector detector, SecretReport report)
    {
        List<(string? Key, IOperation Value)> entries = Entries(Unwrap(state));
        if (entries.Count == 0)
        {
            entries.Add((null, state));
        }

        foreach ((string? key, IOperation value) in entries)
        {
            SecretFinding? finding = detector.Find(value);
            if (finding is null && key is not null && detector.Names.Classify(key) is { } description && !SecretDetector.IsProvenSafe(value))
            {
                finding = new SecretFinding(SecretKind.Name, $"The value of key '{key}'", description, value.Syntax);
            }

            if (finding is not null)
            {
                string route = key is null ? string.Empty : $" under key '{key}'";
                SecretLoggingAnalyzer.Report(report, finding, value.Syntax.GetLocation(), sink.Name, route, SecretLoggingAnalyzer.FixRedact);
            }
        }
    }

    private static List<(string? Key, IOperation Value)> Entries(IOperation? state)
    {
        var entries = new List<(string? Key, IOperation Value)>();
        switch (state)
        {
            case IObjectCreationOperation { Initializer: { } initializer }:
                foreach (IOperation element in initializer.Initializers)
                {
                    AddEntry(entries, element);
                }

                break;
            case IObjectCreationOperation { Arguments.Length: 2 } pair when pair.Type?.Name == "KeyValuePair":
                entries.Add((pair.Arguments[0].Value.ConstantValue.Value as string, pair.Arguments[1].Value));
                break;
            case IArrayCreationOperation { Initializer: { } array }:
                foreach (IOperation element in array.ElementValues)
                {
                    entries.AddRange(Entries(Unwrap(element)));
                }

                break;
            case ITupleOperation { Elements.Length: 2 } tuple:
                entries.Add((tuple.Elements[0].ConstantValue.Value as string, tuple.Elements[1]));
                break;
        }

        return entries;
    }

    private static void AddEntry(List<(string? Key, IOperation Value)> entries, IOperation element)
    {
        switch (element)
        {
            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation { Arguments.Length: 1 } indexer } assignment:
                entries.Add((indexer.Arguments[0].Value.ConstantValue.Value as string, assignment.Value));
                break;
            case IInvocationOperation { TargetMethod.Name: "Add", Arguments.Length: 2 } add:
                entries.Add((add.Arguments[0].Value.ConstantValue.Value as string, add.Arguments[1].Value));
                break;
        }
    }

    private static IOperation? Unwrap(IOperation? operation) =>
        operation is IConversionOperation conversion ? Unwrap(conversion.Operand) : operation;
}

using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>Writes the generated file of one type: header, namespace, re-opened containing types, then each audited method.</summary>
internal static class AuditSourceWriter
{
    public const string FallbackLoggerField = "__auditFallbackLogger";

    public static string Write(AuditTypeSpec spec, string toolVersion)
    {
        var writer = new IndentedTextWriter();
        writer.WriteLines(SourceHeader.File);
        writer.WriteLine();
        // A block namespace, not a file-scoped one: extended partial methods need only C# 9, and so should we.
        var openBlocks = new Stack<IndentedTextWriter.Block>();
        if (spec.Type.Namespace.Length > 0)
        {
            openBlocks.Push(writer.WriteBlock($"namespace {spec.Type.Namespace}"));
        }

        foreach (TypeDeclarationSpec type in spec.Type.Types)
        {
            openBlocks.Push(writer.WriteBlock($"{type.Modifiers}partial {type.Keyword} {type.Name}"));
        }

        WriteMembers(writer, spec, toolVersion);
        while (openBlocks.Count > 0)
        {
            openBlocks.Pop().Dispose();
        }

        return writer.ToString();
    }

    private static void WriteMembers(IndentedTextWriter writer, AuditTypeSpec spec, string toolVersion)
    {
        if (spec.Methods.Any(m => m.Logger.Source == LoggerSource.Fallback))
        {
            writer.WriteLine(SourceHeader.GeneratedCode(toolVersion));
            writer.WriteLine($"private static readonly global::AuditGen.Runtime.FallbackLogger {FallbackLoggerField} = new({CSharpLiterals.String(spec.Type.LoggerCategory)});");
            writer.WriteLine();
        }

        for (int i = 0; i < spec.Methods.Count; i++)
        {
            AuditMethodSpec method = spec.Methods[i];
            string stateName = $"__AuditState_{method.Name.TrimStart('@')}_{i}";
            AuditMethodWriter.Write(writer, method, stateName, toolVersion);
            if (method.Audit is not null)
            {
                writer.WriteLine();
                AuditStateWriter.Write(writer, method, stateName, toolVersion);
            }

            if (i < spec.Methods.Count - 1)
            {
                writer.WriteLine();
            }
        }
    }
}

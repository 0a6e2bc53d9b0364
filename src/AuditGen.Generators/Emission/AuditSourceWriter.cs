using System.Collections.Generic;
using System.Linq;
using AuditGen.Generators.Common;
using AuditGen.Generators.Model;

namespace AuditGen.Generators.Emission;

/// <summary>Writes the generated file of one type: header, namespace, re-opened containing types, then each audited method.</summary>
internal static class AuditSourceWriter
{
    public static string Write(AuditTypeSpec spec, string toolVersion) => Write(spec, toolVersion, RecordKeyNames.Default);

    public static string Write(AuditTypeSpec spec, string toolVersion, RecordKeyNames names)
    {
        var writer = new IndentedTextWriter();
        writer.WriteLines(SourceHeader.File);
        string[] experimental = spec.Methods.SelectMany(m => m.ExperimentalIds).Distinct().OrderBy(id => id, System.StringComparer.Ordinal).ToArray();
        if (experimental.Length > 0)
        {
            writer.WriteLine("#pragma warning disable " + string.Join(", ", experimental));
        }

        writer.WriteLine();
        // A block namespace, not a file-scoped one: extended partial methods need only C# 9, and so should we.
        var openBlocks = new Stack<IndentedTextWriter.Block>();
        if (spec.Type.Namespace.Length > 0)
        {
            openBlocks.Push(writer.WriteBlock($"namespace {spec.Type.Namespace}"));
        }

        for (int i = 0; i < spec.Type.Types.Count; i++)
        {
            TypeDeclarationSpec type = spec.Type.Types[i];
            bool innermost = i == spec.Type.Types.Count - 1;
            string unsafeModifier = innermost && spec.Methods.Any(m => m.NeedsUnsafe) ? "unsafe " : string.Empty;
            openBlocks.Push(writer.WriteBlock($"{unsafeModifier}{type.Modifiers}partial {type.Keyword} {type.Name}"));
        }

        WriteMembers(writer, spec, toolVersion, names);
        while (openBlocks.Count > 0)
        {
            openBlocks.Pop().Dispose();
        }

        return writer.ToString();
    }

    private static void WriteMembers(IndentedTextWriter writer, AuditTypeSpec spec, string toolVersion, RecordKeyNames names)
    {
        DescriptorWriter.WriteAll(writer, spec, toolVersion, names);
        for (int i = 0; i < spec.Methods.Count; i++)
        {
            if (i > 0)
            {
                writer.WriteLine();
            }

            if (spec.Methods[i].IsStub)
            {
                AuditMethodWriter.WriteStub(writer, spec.Methods[i], toolVersion);
                continue;
            }

            DescriptorWriter.WriteLoggerProperty(writer, spec.Methods[i], i, toolVersion);
            AuditMethodWriter.Write(writer, spec.Methods[i], DescriptorWriter.Reference(spec.Type, i), i, toolVersion);
        }
    }
}

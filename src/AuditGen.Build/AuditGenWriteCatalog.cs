// The MSBuild task that writes <assembly>.auditgen.json beside the build output, precompiled and shipped in the
// package's buildTransitive folder (compiling it inline with RoslynCodeTaskFactory cost about a second on every build).
// The generator puts the catalog into the assembly as the argument of
// [assembly: AuditGen.Runtime.AuditCatalogAttribute(json)], so the file and AuditCatalog.GetJson at run time are the
// same text.
//
// The task targets netstandard2.0, loaded by both the .NET and the Visual Studio MSBuild, so it does not count on
// System.Reflection.Metadata being loadable beside it. It relies on the custom-attribute blob format (ECMA-335 II.23.3): the prolog 0x0001,
// then the string as a compressed length and its UTF-8 bytes. The catalog is ASCII and always starts with the text
// below, which no UTF-16 user string can contain; a candidate counts only if the prolog and length around it agree and
// the text ends where the length says, with the closing brace.
using System;
using System.IO;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace AuditGen.Build;

/// <summary>Copies the audit catalog an assembly carries to a JSON file; deletes the file when there is none.</summary>
public sealed class AuditGenWriteCatalog : Task
{
    private static readonly byte[] Start = Encoding.ASCII.GetBytes("{\"schemaVersion\":");

    /// <summary>The compiled assembly.</summary>
    [Required]
    public string Assembly { get; set; } = string.Empty;

    /// <summary>The catalog file to write; deleted when the assembly has no catalog.</summary>
    [Required]
    public string CatalogFile { get; set; } = string.Empty;

    /// <inheritdoc />
    public override bool Execute()
    {
        try
        {
            string? json = Find(File.ReadAllBytes(Assembly));
            if (json == null)
            {
                if (File.Exists(CatalogFile))
                {
                    File.Delete(CatalogFile);
                }

                return true;
            }

            string? directory = Path.GetDirectoryName(CatalogFile);
            if (!string.IsNullOrEmpty(directory))
            {
                Directory.CreateDirectory(directory);
            }

            if (!File.Exists(CatalogFile) || File.ReadAllText(CatalogFile) != json)
            {
                File.WriteAllText(CatalogFile, json, new UTF8Encoding(false));
            }

            Log.LogMessage(MessageImportance.Low, "AuditGen: wrote the audit catalog to " + CatalogFile);
            return true;
        }
        catch (IOException exception)
        {
            Log.LogWarning(null, "AG0900", null, null, 0, 0, 0, 0, "AuditGen could not write the audit catalog '{0}': {1}", CatalogFile, exception.Message);
            return true;
        }
    }

    private static string? Find(byte[] image)
    {
        for (int at = IndexOf(image, Start, 0); at >= 0; at = IndexOf(image, Start, at + 1))
        {
            string? json = TryRead(image, at);
            if (json != null)
            {
                return json;
            }
        }

        return null;
    }

    // The compressed length before the text is 1, 2 or 4 bytes; the prolog 01 00 is before that.
    private static string? TryRead(byte[] image, int start)
    {
        for (int size = 1; size <= 4; size *= 2)
        {
            int lengthAt = start - size;
            if (lengthAt < 2 || image[lengthAt - 2] != 0x01 || image[lengthAt - 1] != 0x00)
            {
                continue;
            }

            int length = ReadCompressed(image, lengthAt, size);
            if (length > 0 && start + length <= image.Length && image[start + length - 1] == (byte)'}')
            {
                return Encoding.UTF8.GetString(image, start, length);
            }
        }

        return null;
    }

    private static int ReadCompressed(byte[] image, int at, int size)
    {
        byte first = image[at];
        if (size == 1)
        {
            return (first & 0x80) == 0 ? first : -1;
        }

        if (size == 2)
        {
            return (first & 0xC0) == 0x80 ? ((first & 0x3F) << 8) | image[at + 1] : -1;
        }

        return (first & 0xE0) == 0xC0 ? ((first & 0x1F) << 24) | (image[at + 1] << 16) | (image[at + 2] << 8) | image[at + 3] : -1;
    }

    private static int IndexOf(byte[] image, byte[] pattern, int from)
    {
        for (int i = from; i <= image.Length - pattern.Length; i++)
        {
            int j = 0;
            while (j < pattern.Length && image[i + j] == pattern[j])
            {
                j++;
            }

            if (j == pattern.Length)
            {
                return i;
            }
        }

        return -1;
    }
}

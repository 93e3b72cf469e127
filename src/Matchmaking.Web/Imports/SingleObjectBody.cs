namespace Matchmaking.Web.Imports;

/// <summary>Lets the import reader, which takes a JSON array, validate a single JSON object.</summary>
internal static class SingleObjectBody
{
    public static async Task<Stream> AsArrayAsync(Stream body, CancellationToken cancellationToken)
    {
        var buffer = new MemoryStream();
        buffer.Write("["u8);
        await body.CopyToAsync(buffer, cancellationToken);
        buffer.Write("]"u8);
        buffer.Position = 0;
        return buffer;
    }
}

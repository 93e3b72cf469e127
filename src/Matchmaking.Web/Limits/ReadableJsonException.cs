using System.Text.Json;

namespace Matchmaking.Web.Limits;

/// <summary>Thrown by a converter whose reason is written for the sender; <see cref="BadRequestHandler"/> passes it on.</summary>
public sealed class ReadableJsonException : JsonException
{
    public ReadableJsonException()
    {
    }

    public ReadableJsonException(string reason)
        : base(reason) => Reason = reason;

    public ReadableJsonException(string reason, Exception innerException)
        : base(reason, innerException) => Reason = reason;

    public string Reason { get; } = "";
}

using System.Text.Json;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Web.Limits;

/// <summary>
/// Thrown by a converter whose reason is written for the sender; <see cref="BadRequestHandler"/> says it in the request's
/// language.
/// </summary>
public sealed class ReadableJsonException : JsonException
{
    public ReadableJsonException()
        : this(new Phrase("text_as_written", ""))
    {
    }

    public ReadableJsonException(Phrase reason)
        : base(reason?.InEnglish()) => Reason = reason ?? throw new ArgumentNullException(nameof(reason));

    public ReadableJsonException(string reason)
        : base(reason) => Reason = new Phrase("text_as_written", reason);

    public ReadableJsonException(string reason, Exception innerException)
        : base(reason, innerException) => Reason = new Phrase("text_as_written", reason);

    public Phrase Reason { get; }
}

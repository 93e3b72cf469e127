using System.Text.Json.Serialization;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Ingestion;

/// <summary>One reason a record was rejected.</summary>
/// <param name="Field">
/// The column (CSV) or property (JSON) name, lower case, such as <c>submitted_at</c>;
/// <see cref="WholeRecord"/> when the problem is the record's shape rather than one field.
/// </param>
/// <param name="Cause">What is wrong and, where it helps, how to write it instead: words for the reader's language.</param>
[JsonConverter(typeof(FieldErrorJson))]
public sealed record FieldError(string Field, Phrase Cause)
{
    /// <summary>
    /// The <see cref="Field"/> of errors about the whole record: a CSV line with more fields than the header,
    /// a JSON array item that is not an object.
    /// </summary>
    public const string WholeRecord = "record";
}

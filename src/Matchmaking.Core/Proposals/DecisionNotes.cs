using System.Globalization;
using Matchmaking.Core.Ingestion;
using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Proposals;

/// <summary>The note a decision takes: acceptable text, and where the decision needs a reason, not blank.</summary>
internal static class DecisionNotes
{
    /// <summary>The longest note a decision takes, as the pages' note fields do.</summary>
    public const int MaxLength = 500;

    /// <summary>The refusal of a note that is not acceptable text (see <see cref="TextHygiene"/>) or, when a reason is required, blank.</summary>
    public static Refusal? Check(string? note, bool required = false)
    {
        if (required && string.IsNullOrWhiteSpace(note))
        {
            return Refusal.Invalid("note", new Phrase("note_required_reason"));
        }

        if (note is null)
        {
            return null;
        }

        if (new StringInfo(note).LengthInTextElements > MaxLength)
        {
            return Refusal.Invalid("note", new Phrase("note_too_long", MaxLength));
        }

        return TextHygiene.Problem(note, freeText: true, int.MaxValue) is null ? null : Refusal.Invalid("note", new Phrase("note_not_text"));
    }

    /// <summary>A note as stored: trimmed, and none when blank.</summary>
    public static string? Clean(string? note) => string.IsNullOrWhiteSpace(note) ? null : note.Trim();
}

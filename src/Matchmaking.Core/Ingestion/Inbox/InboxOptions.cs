using System.ComponentModel.DataAnnotations;
using Matchmaking.Core.Calls;

namespace Matchmaking.Core.Ingestion.Inbox;

/// <summary>The watched inbox folder (section <c>Inbox</c>); off by default.</summary>
public sealed class InboxOptions : IValidatableObject
{
    public const string Section = "Inbox";

    public bool Enabled { get; set; }

    /// <summary>
    /// The folder files are dropped into; <c>processed/</c> and <c>failed/</c> are created inside it. Required when enabled.
    /// </summary>
    public string? Folder { get; set; }

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The call every dropped file is imported into; required when enabled.</summary>
    public int CallYear { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (string.IsNullOrWhiteSpace(Folder))
        {
            yield return new ValidationResult("Inbox:Folder is required when the inbox is enabled.", [nameof(Folder)]);
        }

        if (CallYear is < CallStore.MinYear or > CallStore.MaxYear)
        {
            yield return new ValidationResult(
                $"Inbox:CallYear must be between {CallStore.MinYear} and {CallStore.MaxYear} when the inbox is enabled.",
                [nameof(CallYear)]);
        }
    }
}

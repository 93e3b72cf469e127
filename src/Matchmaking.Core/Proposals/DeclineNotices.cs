using System.Globalization;
using Matchmaking.Core.FollowUps;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// When a mentor city declines (or lets an offer expire), the field's coordinator and the applicant are told, in the
/// decision's own transaction: the coordinator with the mentor's note, the applicant that another mentor is being found.
/// </summary>
internal static class DeclineNotices
{
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, string? note, bool reofferAtOnce, DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var applicantCity = await ProposalStore.ApplicantCityAsync(connection, transaction, pair, cancellationToken);
        var mentor = pair.MentorCity ?? pair.MentorId;
        var key = $"proposal:{pair.Id.ToString(CultureInfo.InvariantCulture)}:declined";
        var next = reofferAtOnce
            ? "The next best mentor city of the field is being asked at once."
            : "The field is being paired again; the coordinator reviews the new proposal.";
        var because = string.IsNullOrWhiteSpace(note) ? "" : $" Their note: \"{note.Trim()}\".";
        OutboxMessage[] messages =
        [
            new($"{key}:coordinator", FollowUpActions.Coordinator(pair.CreativeField), $"Declined: {mentor} will not mentor {applicantCity}",
                $"Mentor city {mentor} declined the pairing with applicant city {applicantCity} ({pair.CreativeField}).{because} {next}"),
            new($"{key}:applicant", $"applicant city {applicantCity}", $"Your mentor city: {mentor} cannot take up the pairing",
                $"Mentor city {mentor} cannot mentor your application in {pair.CreativeField}. {next} You will hear from us again."),
        ];
        foreach (var message in messages)
        {
            await Notifications.OutboxWriter.AddAsync(connection, transaction, message, followUpId: null, now, cancellationToken);
        }
    }
}

using System.Globalization;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Notifications;
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
        var key = $"proposal:{pair.Id.ToString(CultureInfo.InvariantCulture)}:declined";
        var messages = Texts(key, applicantCity, pair.MentorCity ?? pair.MentorId, pair.CreativeField, note, reofferAtOnce);
        foreach (var message in messages)
        {
            await Notifications.OutboxWriter.AddAsync(connection, transaction, message, followUpId: null, now, cancellationToken);
        }
    }

    /// <summary>The two notices, in English and in French with French typography (a no-break space before ":" and ";", inside « »).</summary>
    internal static OutboxMessage[] Texts(string key, string applicantCity, string mentor, string creativeField, string? note, bool reofferAtOnce)
    {
        var field = FrenchWords.Field(creativeField);
        var (next, suivant) = reofferAtOnce
            ? ("The next best mentor city of the field is being asked at once.", "La ville mentor suivante du domaine est sollicitée tout de suite.")
            : ("The field is being paired again; the coordinator reviews the new proposal.",
                $"Le domaine est apparié de nouveau{Nbsp}; la coordination examine la nouvelle proposition.");
        var (because, theirNote) = string.IsNullOrWhiteSpace(note)
            ? ("", "")
            : ($" Their note: \"{note.Trim()}\".", $" Sa note{Nbsp}: «{Nbsp}{note.Trim()}{Nbsp}».");
        return
        [
            OutboxMessage.Bilingual($"{key}:coordinator", Recipient.Coordinators(Engine.Domain.CreativeFields.Parse(creativeField)),
                ($"Declined: {mentor} will not mentor {applicantCity}",
                    $"Mentor city {mentor} declined the pairing with applicant city {applicantCity} ({creativeField}).{because} {next}"),
                ($"Refus{Nbsp}: {mentor} n'accompagnera pas {applicantCity}",
                    $"La ville mentor {mentor} a refusé le jumelage avec la ville candidate {applicantCity} ({field}).{theirNote} {suivant}")),
            OutboxMessage.Bilingual($"{key}:applicant", Recipient.ApplicantCity(applicantCity),
                ($"Your mentor city: {mentor} cannot take up the pairing",
                    $"Mentor city {mentor} cannot mentor your application in {creativeField}. {next} You will hear from us again."),
                ($"Votre ville mentor{Nbsp}: {mentor} ne peut pas accepter le jumelage",
                    $"La ville mentor {mentor} ne peut pas accompagner votre candidature dans le domaine {field}. {suivant} Vous aurez bientôt de nos nouvelles.")),
        ];
    }

    private const string Nbsp = FrenchWords.Nbsp;
}

using System.Globalization;
using Dapper;
using Matchmaking.Core.FollowUps;
using Matchmaking.Core.Notifications;
using Npgsql;

namespace Matchmaking.Core.Proposals;

/// <summary>
/// When a coordinator takes an approval back, in the same transaction: if the pair's notice had already asked the mentor
/// city (and told the applicant), both are told the request is withdrawn. The caller then skips a notice that has not run.
/// </summary>
internal static class UndoNotices
{
    public static async Task WriteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, LockedProposal pair, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var alreadyAsked = await connection.ExecuteScalarAsync<bool>(new CommandDefinition("""
            SELECT EXISTS (SELECT 1 FROM follow_ups WHERE proposal_id = @Id AND kind = 'notice' AND state = 'done')
            """, new { pair.Id }, transaction, cancellationToken: cancellationToken));
        if (!alreadyAsked)
        {
            return;
        }

        var applicantCity = await ProposalStore.ApplicantCityAsync(connection, transaction, pair, cancellationToken);
        var key = $"proposal:{pair.Id.ToString(CultureInfo.InvariantCulture)}:withdrawn:{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}";
        var messages = Texts(key, applicantCity, pair.MentorCity ?? pair.MentorId, pair.CreativeField);
        foreach (var message in messages)
        {
            await Notifications.OutboxWriter.AddAsync(connection, transaction, message, followUpId: null, now, cancellationToken);
        }
    }

    /// <summary>The two notices, in English and in French with French typography (a no-break space before ":" and ";").</summary>
    internal static OutboxMessage[] Texts(string key, string applicantCity, string mentor, string creativeField)
    {
        var field = FrenchWords.Field(creativeField);
        return
        [
            OutboxMessage.Bilingual($"{key}:mentor", Recipient.MentorCity(mentor),
                ($"Withdrawn: the pairing request with {applicantCity}",
                    $"The {creativeField} coordinator has taken back the request to mentor applicant city {applicantCity}. "
                    + "No answer is needed; you will hear from us if the pairing is proposed again."),
                ($"Retirée{Nbsp}: la demande de jumelage avec {applicantCity}",
                    $"La coordination du domaine {field} a retiré la demande d'accompagner la ville candidate {applicantCity}. "
                    + $"Aucune réponse n'est nécessaire{Nbsp}; nous vous écrirons si le jumelage est proposé de nouveau.")),
            OutboxMessage.Bilingual($"{key}:applicant", Recipient.ApplicantCity(applicantCity),
                ($"Your proposed mentor city: {mentor} is not confirmed yet",
                    $"The {creativeField} coordinator is reviewing your pairing with {mentor} again. You will hear from us again."),
                ($"Votre ville mentor proposée{Nbsp}: {mentor} n'est pas encore confirmée",
                    $"La coordination du domaine {field} réexamine votre jumelage avec {mentor}. Vous aurez bientôt de nos nouvelles.")),
        ];
    }

    private const string Nbsp = FrenchWords.Nbsp;
}

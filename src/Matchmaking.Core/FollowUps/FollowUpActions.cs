using System.Text;
using Dapper;
using Matchmaking.Core.Notifications;
using Matchmaking.Core.Outcomes;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Reports;
using Matchmaking.Engine.Domain;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

/// <param name="Outcome">What the task did, as a phrase worded in each reader's language (its English is kept beside it).</param>
public sealed record FollowUpPlan(FollowUpState State, Phrase Outcome, IReadOnlyList<OutboxMessage> Messages);

/// <summary>What each kind of follow-up does. Effects that belong to another feature go through its service.</summary>
public sealed class FollowUpActions(ProposalService proposals, ClosingReportService reports)
{
    public async Task<FollowUpPlan> CarryOutAsync(
        FollowUpTask task, NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = task.IdempotencyKey;
        switch (task.Kind)
        {
            case FollowUpKind.Notice:
                return new FollowUpPlan(FollowUpState.Done, task.IsReoffer
                        ? new Phrase("follow_up_reoffer_sent")
                        : new Phrase("follow_up_notice_sent"),
                    [FollowUpTexts.AskMentor($"{key}:mentor", task), FollowUpTexts.TellApplicant($"{key}:applicant", task)]);
            case FollowUpKind.MentorReminder when task.ProposalStatus == ProposalStatus.Approved:
                return new FollowUpPlan(FollowUpState.Done, new Phrase("follow_up_mentor_reminded"), [FollowUpTexts.MentorReminder($"{key}:mentor", task)]);
            case FollowUpKind.PartnershipReminder when task.ProposalStatus == ProposalStatus.Approved:
                return new FollowUpPlan(FollowUpState.Done, new Phrase("follow_up_partnership_reminded"),
                    [FollowUpTexts.PartnershipReminder($"{key}:mentor", task)]);
            case FollowUpKind.ApplicationReminder when task.ProposalStatus == ProposalStatus.Established:
                return new FollowUpPlan(FollowUpState.Done, new Phrase("follow_up_application_reminded"), FollowUpTexts.ApplicationReminder(key, task));
            case FollowUpKind.OfferExpiry when task.ProposalStatus == ProposalStatus.Approved:
                var expired = await proposals.ExpireAsync(task.ProposalId!.Value, cancellationToken);
                return new FollowUpPlan(FollowUpState.Done, expired.Succeeded
                        ? new Phrase("follow_up_offer_expired")
                        : new Phrase("follow_up_offer_not_expired", expired.Refusal!.Reason),
                    [FollowUpTexts.OfferExpired($"{key}:coordinator", task)]);
            case FollowUpKind.EstablishedNotice:
                return new FollowUpPlan(FollowUpState.Done, new Phrase("follow_up_established_told"), FollowUpTexts.Established(key, task));
            case FollowUpKind.MentorReminder or FollowUpKind.PartnershipReminder or FollowUpKind.OfferExpiry or FollowUpKind.ApplicationReminder:
                return new FollowUpPlan(
                    FollowUpState.Skipped, new Phrase("follow_up_pair_settled", new CodeWord(task.ProposalStatus?.Code() ?? "missing")), []);
            case FollowUpKind.LateFlag:
                return await FlagLateAsync(task, connection, transaction, now, cancellationToken);
            case FollowUpKind.Escalation:
                return await EscalateAsync(task, cancellationToken);
            case FollowUpKind.RoundClose:
                return await CloseAsync(task, connection, transaction, now, cancellationToken);
            default:
                throw new InvalidOperationException($"Unknown follow-up kind '{task.Kind}'.");
        }
    }

    private static async Task<FollowUpPlan> FlagLateAsync(
        FollowUpTask task, NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var late = (await connection.QueryAsync<string>(new CommandDefinition("""
            UPDATE applicants a SET flagged_late_at = @now
            FROM calls c WHERE c.year = a.call_year AND a.call_year = @CallYear
              AND a.submitted_at > c.interest_deadline AND a.flagged_late_at IS NULL
            RETURNING a.id
            """, new { now, task.CallYear }, transaction, cancellationToken: cancellationToken))).AsList();
        var ids = string.Join(", ", late.Order(StringComparer.Ordinal));
        return new FollowUpPlan(FollowUpState.Done, new Phrase("follow_up_late_flagged", late.Count),
        [
            OutboxMessage.Bilingual($"{task.IdempotencyKey}:secretariat", Recipient.Secretariat,
                ($"{EnglishWords.Count(late.Count, "application", "applications")} arrived after the {task.Year} deadline",
                    late.Count == 0 ? "Every application arrived on time." : $"Received after the deadline: {ids}"),
                ($"{FrenchWords.Count(late.Count, "candidature arrivée", "candidatures arrivées")} après la date limite de l'appel {task.Year}",
                    late.Count == 0 ? "Toutes les candidatures sont arrivées à temps." : $"Reçues après la date limite{Nbsp}: {ids}")),
        ]);
    }

    private async Task<FollowUpPlan> EscalateAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(task.CallYear, cancellationToken);
        var pending = report.Unmatched;
        var messages = new List<OutboxMessage>
        {
            OutboxMessage.Bilingual($"{task.IdempotencyKey}:secretariat", Recipient.Secretariat,
                ($"{EnglishWords.Count(pending.Count, "applicant", "applicants")} without an established partnership", Describe(pending, french: false)),
                ($"{FrenchWords.Count(pending.Count, "ville candidate", "villes candidates")} sans partenariat établi", Describe(pending, french: true))),
        };
        foreach (var field in pending.GroupBy(u => u.Field).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var count = field.Count();
            messages.Add(OutboxMessage.Bilingual($"{task.IdempotencyKey}:{field.Key}", Recipient.Coordinators(CreativeFields.Parse(field.Key)),
                ($"{EnglishWords.Count(count, $"{field.Key} applicant", $"{field.Key} applicants")} without an established partnership",
                    Describe([.. field], french: false)),
                ($"{FrenchWords.Count(count, "ville candidate", "villes candidates")} du domaine {FrenchWords.Field(field.Key)} sans partenariat établi",
                    Describe([.. field], french: true))));
        }

        return new FollowUpPlan(FollowUpState.Done,
            new Phrase("follow_up_escalated", pending.Count, messages.Count - 1),
            messages);
    }

    private async Task<FollowUpPlan> CloseAsync(
        FollowUpTask task, NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(task.CallYear, cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO closing_reports (call_year, generated_at, report) VALUES (@CallYear, @now, CAST(@report AS jsonb))
            ON CONFLICT (call_year) DO NOTHING
            """, new { task.CallYear, now, report = System.Text.Json.JsonSerializer.Serialize(report, JsonDefaults.Options) },
            transaction, cancellationToken: cancellationToken));
        int established = report.Established.Count, unmatched = report.Unmatched.Count;
        return new FollowUpPlan(FollowUpState.Done, new Phrase("follow_up_closed", established, unmatched),
        [
            OutboxMessage.Bilingual($"{task.IdempotencyKey}:secretariat", Recipient.Secretariat,
                ($"The {task.Year} pairing round is closed",
                    $"{EnglishWords.Count(established, "partnership", "partnerships")} established, "
                    + $"{EnglishWords.Count(unmatched, "applicant", "applicants")} unmatched. "
                    + $"The closing report is at /api/calls/{task.Year}/report (CSV: /api/calls/{task.Year}/report.csv)."),
                ($"L'appariement de l'appel {task.Year} est clos",
                    $"{FrenchWords.Count(established, "partenariat établi", "partenariats établis")}, "
                    + $"{FrenchWords.Count(unmatched, "ville candidate", "villes candidates")} sans mentor. "
                    + $"Le rapport de clôture est à /api/calls/{task.Year}/report (CSV{Nbsp}: /api/calls/{task.Year}/report.csv).")),
        ]);
    }

    /// <summary>One line per applicant: its city, country, field (in French for a French reader) and the reasons' codes.</summary>
    private static string Describe(IReadOnlyList<UnmatchedApplicantLine> lines, bool french)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.ApplicantCity).Append(" (").Append(line.ApplicantCountry).Append(", ")
                .Append(french ? FrenchWords.Field(line.Field) : line.Field).Append(french ? $"){Nbsp}: " : "): ")
                .AppendJoin(", ", line.Reasons).Append('\n');
        }

        return text.Length > 0 ? text.ToString()
            : french ? "Chaque ville candidate a un partenariat établi." : "Every applicant has an established partnership.";
    }

    private const string Nbsp = FrenchWords.Nbsp;
}

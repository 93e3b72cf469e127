using System.Text;
using Dapper;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Reports;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

public sealed record FollowUpPlan(FollowUpState State, string Outcome, IReadOnlyList<OutboxMessage> Messages);

/// <summary>What each kind of follow-up does. Effects that belong to another feature go through its service.</summary>
public sealed class FollowUpActions(ProposalService proposals, ClosingReportService reports)
{
    public const string Secretariat = "secretariat";

    public static string Coordinator(string field) => $"coordinator:{field}";

    public async Task<FollowUpPlan> CarryOutAsync(
        FollowUpTask task, NpgsqlConnection connection, NpgsqlTransaction transaction, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var key = task.IdempotencyKey;
        switch (task.Kind)
        {
            case FollowUpKind.Notice:
                return new FollowUpPlan(FollowUpState.Done, task.IsReoffer
                        ? "offered the pairing to the next mentor city and told the applicant"
                        : "asked the mentor city to accept and told the applicant",
                    [FollowUpTexts.AskMentor($"{key}:mentor", task), FollowUpTexts.TellApplicant($"{key}:applicant", task)]);
            case FollowUpKind.MentorReminder when task.ProposalStatus == ProposalStatus.Approved:
                return new FollowUpPlan(FollowUpState.Done, "reminded the mentor city to answer", [FollowUpTexts.MentorReminder($"{key}:mentor", task)]);
            case FollowUpKind.PartnershipReminder when task.ProposalStatus == ProposalStatus.Approved:
                return new FollowUpPlan(FollowUpState.Done, "reminded the mentor city of the partnership deadline",
                    [FollowUpTexts.PartnershipReminder($"{key}:mentor", task)]);
            case FollowUpKind.ApplicationReminder when task.ProposalStatus == ProposalStatus.Established:
                return new FollowUpPlan(FollowUpState.Done, "reminded the pair of the application deadline", FollowUpTexts.ApplicationReminder(key, task));
            case FollowUpKind.OfferExpiry when task.ProposalStatus == ProposalStatus.Approved:
                var expired = await proposals.ExpireAsync(task.ProposalId!.Value, cancellationToken);
                return new FollowUpPlan(FollowUpState.Done, $"offer expired ({(expired.Succeeded ? "done" : expired.Refusal!.Reason.Code)}); the field is paired again",
                    [FollowUpTexts.OfferExpired($"{key}:coordinator", task)]);
            case FollowUpKind.EstablishedNotice:
                return new FollowUpPlan(FollowUpState.Done, "told the applicant and the coordinator", FollowUpTexts.Established(key, task));
            case FollowUpKind.MentorReminder or FollowUpKind.PartnershipReminder or FollowUpKind.OfferExpiry or FollowUpKind.ApplicationReminder:
                return new FollowUpPlan(FollowUpState.Skipped, $"the pair is {task.ProposalStatus?.Code()}; nothing to do", []);
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
        return new FollowUpPlan(FollowUpState.Done, $"{late.Count} late application(s) flagged",
        [
            new($"{task.IdempotencyKey}:secretariat", Secretariat, $"{late.Count} application(s) arrived after the {task.Year} deadline",
                late.Count == 0 ? "Every application arrived on time." : "Received after 30 March: " + string.Join(", ", late.Order(StringComparer.Ordinal))),
        ]);
    }

    private async Task<FollowUpPlan> EscalateAsync(FollowUpTask task, CancellationToken cancellationToken)
    {
        var report = await reports.BuildAsync(task.CallYear, cancellationToken);
        var pending = report.Unmatched;
        var messages = new List<OutboxMessage>
        {
            OutboxMessage.Bilingual($"{task.IdempotencyKey}:secretariat", Secretariat,
                ($"{pending.Count} applicant(s) without an established partnership", Describe(pending)),
                ($"{pending.Count} ville(s) candidate(s) sans partenariat établi", Describe(pending))),
        };
        foreach (var field in pending.GroupBy(u => u.Field).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            messages.Add(OutboxMessage.Bilingual($"{task.IdempotencyKey}:{field.Key}", Coordinator(field.Key),
                ($"{field.Count()} {field.Key} applicant(s) without an established partnership", Describe([.. field])),
                ($"{field.Count()} ville(s) candidate(s) du domaine {Notifications.FrenchWords.Field(field.Key)} sans partenariat établi",
                    Describe([.. field]))));
        }

        return new FollowUpPlan(FollowUpState.Done, $"escalated {pending.Count} applicant(s) in {messages.Count - 1} field(s)", messages);
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
        return new FollowUpPlan(FollowUpState.Done, $"closed: {report.Established.Count} established, {report.Unmatched.Count} unmatched",
        [
            OutboxMessage.Bilingual($"{task.IdempotencyKey}:secretariat", Secretariat,
                ($"The {task.Year} pairing round is closed",
                    $"{report.Established.Count} partnerships established, {report.Unmatched.Count} applicants unmatched. "
                    + $"The closing report is at /api/calls/{task.Year}/report (CSV: /api/calls/{task.Year}/report.csv)."),
                ($"L'appariement de l'appel {task.Year} est clos",
                    $"{report.Established.Count} partenariat(s) établi(s), {report.Unmatched.Count} ville(s) candidate(s) sans mentor. "
                    + $"Le rapport de clôture est à /api/calls/{task.Year}/report (CSV : /api/calls/{task.Year}/report.csv).")),
        ]);
    }

    private static string Describe(IReadOnlyList<UnmatchedApplicantLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines)
        {
            text.Append(line.ApplicantCity).Append(" (").Append(line.ApplicantCountry).Append(", ").Append(line.Field).Append("): ")
                .AppendJoin(", ", line.Reasons).Append('\n');
        }

        return text.Length == 0 ? "Every applicant has an established partnership." : text.ToString();
    }
}

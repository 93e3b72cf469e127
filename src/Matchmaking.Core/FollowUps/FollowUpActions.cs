using System.Text;
using Dapper;
using Matchmaking.Core.Proposals;
using Matchmaking.Core.Reports;
using Npgsql;

namespace Matchmaking.Core.FollowUps;

public sealed record OutboxMessage(string Key, string Recipient, string Subject, string Body);

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
            case FollowUpKind.Notice when task.IsReoffer:
                return new FollowUpPlan(FollowUpState.Done, "offered the pairing to the next mentor city and told the applicant",
                [
                    new($"{key}:mentor", task.MentorLabel, $"Please accept: mentoring {task.ApplicantCity} ({task.CreativeField})",
                        $"The mentor city first paired with {task.ApplicantLabel} could not take it up, and your city is the next "
                        + $"best match in {task.CreativeField}. Please accept or decline the pairing; the partnership must be in "
                        + "place by 9 April."),
                    new($"{key}:applicant", task.ApplicantLabel, $"Your new proposed mentor city: {task.MentorCity} ({task.CreativeField})",
                        $"Your first mentor city could not take up the pairing. {task.MentorLabel} is the next best match in "
                        + $"{task.CreativeField} and has been asked to confirm."),
                ]);
            case FollowUpKind.Notice:
                return new FollowUpPlan(FollowUpState.Done, "asked the mentor city to accept and told the applicant",
                [
                    new($"{key}:mentor", task.MentorLabel, $"Please accept: mentoring {task.ApplicantCity} ({task.CreativeField})",
                        $"The {task.CreativeField} coordinator approved your pairing with {task.ApplicantLabel}. "
                        + "Please accept or decline it; the partnership must be in place by 9 April."),
                    new($"{key}:applicant", task.ApplicantLabel, $"Your proposed mentor city: {task.MentorCity} ({task.CreativeField})",
                        $"The {task.CreativeField} coordinator paired you with {task.MentorLabel}; it has been asked to confirm."),
                ]);
            case FollowUpKind.MentorReminder when task.ProposalStatus == ProposalStatus.Approved:
                return new FollowUpPlan(FollowUpState.Done, "reminded the mentor city to answer",
                [
                    new($"{key}:mentor", task.MentorLabel, $"Reminder: please answer the pairing with {task.ApplicantCity}",
                        $"Your pairing with {task.ApplicantLabel} ({task.CreativeField}) is waiting for your answer."),
                ]);
            case FollowUpKind.PartnershipReminder when task.ProposalStatus == ProposalStatus.Approved:
                return new FollowUpPlan(FollowUpState.Done, "reminded the mentor city of the partnership deadline",
                [
                    new($"{key}:mentor", task.MentorLabel, $"Reminder: confirm your partnership before {FollowUpTask.InWords(task.PartnershipDeadline)}",
                        $"Your partnership with {task.ApplicantLabel} ({task.CreativeField}) is not established yet; the deadline is "
                        + $"{FollowUpTask.InWords(task.PartnershipDeadline)}."),
                ]);
            case FollowUpKind.ApplicationReminder when task.ProposalStatus == ProposalStatus.Established:
                var deadline = FollowUpTask.InWords(task.ApplicationDeadline);
                return new FollowUpPlan(FollowUpState.Done, "reminded the pair of the application deadline",
                [
                    new($"{key}:applicant", task.ApplicantLabel, $"Application deadline: {deadline}",
                        $"Your application to the Creative Cities Network ({task.CreativeField}) is due by {deadline}, in English or French. "
                        + $"Your mentor city, {task.MentorCity}, can review it with you before then."),
                    new($"{key}:mentor", task.MentorLabel, $"Your mentee's application is due {deadline}",
                        $"{task.ApplicantLabel} ({task.CreativeField}) submits its application by {deadline}; "
                        + "this is a good moment for a last review of its draft and action plan."),
                ]);
            case FollowUpKind.OfferExpiry when task.ProposalStatus == ProposalStatus.Approved:
                var expired = await proposals.ExpireAsync(task.ProposalId!.Value, cancellationToken);
                return new FollowUpPlan(FollowUpState.Done, $"offer expired ({expired.Result}); the field is paired again",
                [
                    new($"{key}:coordinator", Coordinator(task.CreativeField!), $"Offer expired: {task.MentorCity} did not answer",
                        $"{task.MentorLabel} did not answer the pairing with {task.ApplicantLabel} in time; a new round for "
                        + $"{task.CreativeField} was started."),
                ]);
            case FollowUpKind.EstablishedNotice:
                return new FollowUpPlan(FollowUpState.Done, "told the applicant and the coordinator",
                [
                    new($"{key}:applicant", task.ApplicantLabel, $"Partnership established with {task.MentorCity}",
                        $"{task.MentorLabel} accepted to mentor you ({task.CreativeField})."),
                    new($"{key}:coordinator", Coordinator(task.CreativeField!), $"Partnership established: {task.ApplicantCity} ↔ {task.MentorCity}",
                        $"{task.MentorLabel} accepted the pairing with {task.ApplicantLabel}."),
                ]);
            case FollowUpKind.MentorReminder or FollowUpKind.PartnershipReminder or FollowUpKind.OfferExpiry or FollowUpKind.ApplicationReminder:
                return new FollowUpPlan(FollowUpState.Skipped, $"the pair is {task.ProposalStatus}; nothing to do", []);
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
            new($"{task.IdempotencyKey}:secretariat", Secretariat, $"{pending.Count} applicant(s) without an established partnership",
                Describe(pending)),
        };
        foreach (var field in pending.GroupBy(u => u.Field).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            messages.Add(new($"{task.IdempotencyKey}:{field.Key}", Coordinator(field.Key),
                $"{field.Count()} {field.Key} applicant(s) without an established partnership", Describe([.. field])));
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
            new($"{task.IdempotencyKey}:secretariat", Secretariat, $"The {task.Year} pairing round is closed",
                $"{report.Established.Count} partnerships established, {report.Unmatched.Count} applicants unmatched. "
                + $"The closing report is at /api/calls/{task.Year}/report (CSV: /api/calls/{task.Year}/report.csv)."),
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

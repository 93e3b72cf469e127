using Microsoft.Extensions.Logging;

namespace Matchmaking.Core;

/// <summary>Every log event of the core, source-generated, with stable event ids.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(1001, LogLevel.Information, "Round {RoundId} of call {Year} started")]
    public static partial void RoundStarted(ILogger logger, long roundId, int year);

    [LoggerMessage(1002, LogLevel.Information, "Round {RoundId} completed: {Pairs} pairs, {Unmatched} applicants unmatched")]
    public static partial void RoundCompleted(ILogger logger, long roundId, int pairs, int unmatched);

    [LoggerMessage(1003, LogLevel.Error, "Round {RoundId} failed")]
    public static partial void RoundFailed(ILogger logger, Exception exception, long roundId);

    [LoggerMessage(1004, LogLevel.Information, "Round {RoundId} already finished; nothing to do")]
    public static partial void RoundAlreadyFinished(ILogger logger, long roundId);

    [LoggerMessage(1101, LogLevel.Error, "Model version {VersionId} is active but this build cannot read it; the shipped model runs instead")]
    public static partial void StoredModelUnreadable(ILogger logger, Exception exception, long versionId);

    [LoggerMessage(1102, LogLevel.Information, "Model training {TrainingId}: candidate {Version} {Verdict}")]
    public static partial void ModelTrained(ILogger logger, long trainingId, string version, string verdict);

    [LoggerMessage(1103, LogLevel.Error, "Model training {TrainingId} failed")]
    public static partial void ModelTrainingFailed(ILogger logger, Exception exception, long trainingId);

    [LoggerMessage(2001, LogLevel.Information, "Follow-up {FollowUpId} ({Kind}) ran: {Outcome}")]
    public static partial void FollowUpRan(ILogger logger, long followUpId, string kind, string outcome);

    [LoggerMessage(2003, LogLevel.Warning, "Follow-up {FollowUpId} failed on attempt {Attempt}; retrying at {RetryAt}")]
    public static partial void FollowUpRetrying(ILogger logger, Exception exception, long followUpId, int attempt, DateTimeOffset retryAt);

    [LoggerMessage(2004, LogLevel.Error, "Follow-up {FollowUpId} dead-lettered after {Attempts} attempts")]
    public static partial void FollowUpDeadLettered(ILogger logger, Exception exception, long followUpId, int attempts);

    [LoggerMessage(2005, LogLevel.Information, "{Count} coordinator digest(s) written for week {Week}")]
    public static partial void DigestsWritten(ILogger logger, int count, string week);

    [LoggerMessage(2006, LogLevel.Information, "Follow-up {FollowUpId}: job {JobId} is not its current job {CurrentJobId}; ignored")]
    public static partial void FollowUpStaleWakeUp(ILogger logger, long followUpId, string jobId, string currentJobId);

    [LoggerMessage(2007, LogLevel.Warning, "{Count} follow-up(s) had no wake-up recorded; scheduled by the sweep")]
    public static partial void FollowUpsSwept(ILogger logger, int count);

    [LoggerMessage(1005, LogLevel.Warning, "Round {RoundId}: another run finished it first; this run's result is dropped")]
    public static partial void RoundFinishedByAnotherRun(ILogger logger, long roundId);

    [LoggerMessage(1006, LogLevel.Warning, "Round {RoundId}: the database is unreachable; the job is woken again once it is back")]
    public static partial void RoundInterrupted(ILogger logger, Exception exception, long roundId);

    [LoggerMessage(1104, LogLevel.Information, "Encoded {Count} new texts with {Model} in {Milliseconds} ms ({Kept} already kept)")]
    public static partial void TextsEncoded(ILogger logger, int count, string model, long milliseconds, int kept);

    [LoggerMessage(2002, LogLevel.Information, "Follow-up {FollowUpId} was already {State}; nothing to do")]
    public static partial void FollowUpAlreadyDone(ILogger logger, long followUpId, string state);

    [LoggerMessage(5001, LogLevel.Information, "Notification {NotificationId} for {Recipient} sent on attempt {Attempt}")]
    public static partial void NotificationSent(ILogger logger, long notificationId, string recipient, int attempt);

    [LoggerMessage(5002, LogLevel.Warning, "Notification {NotificationId} failed on attempt {Attempt}; next attempt at {NextAttemptAt}")]
    public static partial void NotificationRetryScheduled(ILogger logger, Exception exception, long notificationId, int attempt,
        DateTimeOffset nextAttemptAt);

    [LoggerMessage(5003, LogLevel.Error, "Notification {NotificationId} dead-lettered after {Attempts} attempt(s)")]
    public static partial void NotificationDeadLettered(ILogger logger, Exception exception, long notificationId, int attempts);

    [LoggerMessage(5006, LogLevel.Warning, "Notification {NotificationId}: its outcome ({State}) could not be written; it is kept and written once the database is back")]
    public static partial void NotificationOutcomeKept(ILogger logger, Exception exception, long notificationId, string state);

    [LoggerMessage(5007, LogLevel.Information, "Notification {NotificationId}: its outcome ({State}) is written now that the database is back")]
    public static partial void NotificationOutcomeRecordedLate(ILogger logger, long notificationId, string state);

    [LoggerMessage(6001, LogLevel.Warning, "The change listener lost its connection; caches read through until it is back (next try in {Backoff})")]
    public static partial void ChangeListenerDown(ILogger logger, Exception exception, TimeSpan backoff);

    [LoggerMessage(5004, LogLevel.Warning, "No address is known for {Recipient}; notification {NotificationId} goes to the fallback")]
    public static partial void NotificationSentToFallback(ILogger logger, long notificationId, string recipient);

    [LoggerMessage(5005, LogLevel.Information, "Notification {NotificationId}: {Action} by {Actor}")]
    public static partial void NotificationChangedBySecretariat(ILogger logger, long notificationId, string action, string actor);

    [LoggerMessage(4001, LogLevel.Information, "Portal sync of {Kind} for call {Year}: {Outcome}, {Accepted} accepted, {Rejected} rejected")]
    public static partial void PortalSyncFinished(ILogger logger, string kind, int year, string outcome, int accepted, int rejected);

    [LoggerMessage(4002, LogLevel.Warning, "Portal sync of {Kind} for call {Year} failed: {Error}")]
    public static partial void PortalSyncFailed(ILogger logger, string kind, int year, string error);

    [LoggerMessage(4003, LogLevel.Warning, "Portal request failed ({Reason}); attempt {Attempt} in {Delay}")]
    public static partial void PortalRetry(ILogger logger, int attempt, string reason, TimeSpan delay);

    [LoggerMessage(4004, LogLevel.Error, "Portal circuit opened for {BreakDuration} after {Reason}")]
    public static partial void PortalCircuitOpened(ILogger logger, TimeSpan breakDuration, string reason);

    [LoggerMessage(4005, LogLevel.Information, "Portal circuit closed; requests flow again")]
    public static partial void PortalCircuitClosed(ILogger logger);

    [LoggerMessage(4006, LogLevel.Warning, "Recurring job {Job} fired for a disabled ingestion source; it is removed")]
    public static partial void IngestionDisabledJobRemoved(ILogger logger, string job);

    [LoggerMessage(4101, LogLevel.Information, "Inbox file {File} imported as import {ImportId}: {Accepted} accepted, {Rejected} rejected")]
    public static partial void InboxFileImported(ILogger logger, string file, long importId, int accepted, int rejected);

    [LoggerMessage(4102, LogLevel.Warning, "Inbox file {File} cannot be read and was moved to failed/: {Reason}")]
    public static partial void InboxFileUnreadable(ILogger logger, string file, string reason);

    [LoggerMessage(4103, LogLevel.Warning, "Inbox file {File} repeats the content of {Earlier}; moved to failed/ without importing")]
    public static partial void InboxFileDuplicate(ILogger logger, string file, string earlier);

    [LoggerMessage(4104, LogLevel.Debug, "Inbox file {File} skipped: {Why}")]
    public static partial void InboxFileSkipped(ILogger logger, string file, string why);
}

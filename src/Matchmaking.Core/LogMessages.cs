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

    [LoggerMessage(2001, LogLevel.Information, "Follow-up {FollowUpId} ({Kind}) ran: {Outcome}")]
    public static partial void FollowUpRan(ILogger logger, long followUpId, string kind, string outcome);

    [LoggerMessage(2002, LogLevel.Information, "Follow-up {FollowUpId} was already {State}; nothing to do")]
    public static partial void FollowUpAlreadyDone(ILogger logger, long followUpId, string state);
}

namespace Matchmaking.Core.FollowUps;

/// <summary>A follow-up failed its last attempt; its Hangfire job fails with it, so the dashboard lists it.</summary>
public sealed class FollowUpDeadLetteredException : Exception
{
    public FollowUpDeadLetteredException()
    {
    }

    public FollowUpDeadLetteredException(string message)
        : base(message)
    {
    }

    public FollowUpDeadLetteredException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public FollowUpDeadLetteredException(long id, int attempts, Exception lastError)
        : base($"Follow-up {id} was dead-lettered after {attempts} attempts: {lastError.Message}", lastError)
    {
    }
}

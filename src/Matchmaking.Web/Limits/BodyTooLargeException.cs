namespace Matchmaking.Web.Limits;

/// <summary>A body without a Content-Length grew past its limit while it was read.</summary>
public sealed class BodyTooLargeException : IOException
{
    public BodyTooLargeException()
    {
    }

    public BodyTooLargeException(string message)
        : base(message)
    {
    }

    public BodyTooLargeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public long Limit { get; init; }
}

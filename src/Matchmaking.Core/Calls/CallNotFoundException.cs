using Matchmaking.Core.Outcomes;

namespace Matchmaking.Core.Calls;

/// <summary>A call that the secretariat has not created (PUT /api/calls/{year}, or the calls page) was asked to take data or a round.</summary>
public sealed class CallNotFoundException : Exception
{
    public CallNotFoundException()
    {
    }

    public CallNotFoundException(string message)
        : base(message)
    {
    }

    public CallNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public CallNotFoundException(int year)
        : base(Said(year).InEnglish()) => Year = year;

    public int Year { get; }

    /// <summary>What a person reads, in their language: the call is missing and the calls page creates it.</summary>
    public Phrase Reason => Said(Year);

    private static Phrase Said(int year) => new("call_not_found", year);
}

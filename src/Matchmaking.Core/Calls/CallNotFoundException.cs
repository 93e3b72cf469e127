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
        : base($"There is no call {year}: the secretariat creates it first, with its dates (PUT /api/calls/{year}).") => Year = year;

    public int Year { get; }
}

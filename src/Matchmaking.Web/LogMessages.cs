namespace Matchmaking.Web;

internal static partial class LogMessages
{
    [LoggerMessage(3001, LogLevel.Information, "Sample call {Year} loaded: {Applicants} applicants, {Mentors} mentor offers")]
    public static partial void SampleLoaded(ILogger logger, int year, int applicants, int mentors);
}

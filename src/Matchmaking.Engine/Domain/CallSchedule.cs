namespace Matchmaking.Engine.Domain;

/// <summary>
/// The dates of one call for applications. Every call has the same shape in Europe/Paris time;
/// <see cref="ForYear"/> derives them, and a call may override any of them.
/// </summary>
public sealed record CallSchedule
{
    public const string TimeZoneId = "Europe/Paris";

    public required int Year { get; init; }
    /// <summary>Last instant an expression of interest counts as on time (30 March 23:59:59).</summary>
    public required DateTimeOffset InterestDeadline { get; init; }
    /// <summary>Paired cities must be in contact by then (9 April 23:59:59).</summary>
    public required DateTimeOffset PartnershipDeadline { get; init; }
    /// <summary>30 June 23:59.</summary>
    public required DateTimeOffset ApplicationDeadline { get; init; }
    /// <summary>29 October.</summary>
    public required DateTimeOffset DesignationsAnnounced { get; init; }

    public static CallSchedule ForYear(int year)
    {
        var paris = ParisTimeZone();
        return new CallSchedule
        {
            Year = year,
            InterestDeadline = InParis(paris, new DateTime(year, 3, 30, 23, 59, 59)),
            PartnershipDeadline = InParis(paris, new DateTime(year, 4, 9, 23, 59, 59)),
            ApplicationDeadline = InParis(paris, new DateTime(year, 6, 30, 23, 59, 0)),
            DesignationsAnnounced = InParis(paris, new DateTime(year, 10, 29, 0, 0, 0)),
        };
    }

    public static TimeZoneInfo ParisTimeZone() => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);

    public static DateTimeOffset InParis(TimeZoneInfo paris, DateTime local)
    {
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, paris.GetUtcOffset(unspecified));
    }
}

using Matchmaking.Core.Applicants;
using Matchmaking.Core.Mentors;
using Matchmaking.Core.ReferenceData;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;

namespace Matchmaking.Core.Calls;

/// <summary>The call at a glance: its dates with the days left to each, and per field the admissible applicants against capacity.</summary>
public sealed record CallOverview
{
    public required CallView Call { get; init; }
    public required IReadOnlyList<CallMilestone> Milestones { get; init; }
    public required int Applicants { get; init; }
    public required int MentorOffers { get; init; }
    public required IReadOnlyList<FieldFeasibility> Fields { get; init; }
}

/// <param name="DaysLeft">Calendar days from today to the date, in the call's time zone; negative once past.</param>
public sealed record CallMilestone(string Name, DateTimeOffset At, int DaysLeft);

public sealed class CallOverviewService(CallStore calls, ApplicantStore applicants, MentorStore mentors, TimeProvider time)
{
    public async Task<CallOverview?> GetAsync(int year, CancellationToken cancellationToken)
    {
        var call = await calls.GetAsync(year, cancellationToken);
        if (call is null)
        {
            return null;
        }

        var applicantList = await applicants.ListAsync(year, cancellationToken);
        var mentorList = await mentors.ListAsync(year, cancellationToken);
        var reference = ReferenceDataSet.Load();
        var fields = CallFeasibility.PerField(new PairingRequest
        {
            Call = call.ToSchedule(),
            Applicants = applicantList,
            Mentors = mentorList,
            Members = reference.Members,
            EligibleCountryCodes = reference.EligibleCountryCodes,
        });

        var zone = TimeZoneInfo.FindSystemTimeZoneById(call.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), zone).DateTime);
        CallMilestone Milestone(string name, DateTimeOffset at) =>
            new(name, at, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime).DayNumber - today.DayNumber);

        return new CallOverview
        {
            Call = call,
            Milestones =
            [
                Milestone("Expressions of interest close", call.InterestDeadline),
                Milestone("Partnerships confirmed", call.PartnershipDeadline),
                Milestone("Applications close", call.ApplicationDeadline),
                Milestone("Designations announced", call.DesignationsAnnounced),
            ],
            Applicants = applicantList.Count,
            MentorOffers = mentorList.Count,
            Fields = fields,
        };
    }
}

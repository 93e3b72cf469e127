using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Rules;

public class ApplicantRulesTests
{
    private static string? ReasonFor(ApplicantProfile applicant, EligibilityMode mode = EligibilityMode.Call, params ApplicantProfile[] others)
    {
        var request = Build.Request([applicant, .. others], [Build.Mentor("m1", capacity: 5)], mode);
        var result = PairingEngine.Run(request, TextModel.Default);
        return result.Unmatched.SingleOrDefault(u => u.ApplicantId == applicant.Id)?.Reasons.Single();
    }

    [Fact]
    public void EligibleApplicantOnTimeIsPaired() => Assert.Null(ReasonFor(Build.Applicant("a1")));

    [Fact]
    public void ApplicantWithoutNeedsIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1") with { Needs = " " }));

    [Fact]
    public void ApplicantWithoutLanguagesIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1") with { Languages = [] }));

    [Fact]
    public void ApplicantWithABadLanguageCodeIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1") with { Languages = ["french"] }));

    [Fact]
    public void ApplicantWithAnUnknownFieldIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1") with { Field = (CreativeField)42 }));

    [Fact]
    public void ApplicantWithoutASubmissionDateIsAnInvalidRecord() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1") with { SubmittedAt = default }));

    [Fact]
    public void ApplicantWithoutACityIsAnInvalidRecordEvenWithEligibilitySwitchedOff() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1") with { City = "" }, EligibilityMode.None));

    [Fact]
    public void ApplicantOutsideAfricaAndArabStatesIsExcludedWithRegionNotEligible() =>
        Assert.Equal(ReasonCodes.RegionNotEligible, ReasonFor(Build.Applicant("a1", country: "BR")));

    [Fact]
    public void InvalidRecordIsReportedBeforeRegion() =>
        Assert.Equal(ReasonCodes.InvalidRecord, ReasonFor(Build.Applicant("a1", country: "BR") with { Needs = "" }));

    [Fact]
    public void LateApplicantIsExcludedWithLateSubmission() =>
        Assert.Equal(ReasonCodes.LateSubmission, ReasonFor(Build.Applicant("a1") with { SubmittedAt = Build.Call.InterestDeadline.AddSeconds(1) }));

    [Fact]
    public void RegionIsReportedBeforeLateness() =>
        Assert.Equal(ReasonCodes.RegionNotEligible,
            ReasonFor(Build.Applicant("a1", country: "BR") with { SubmittedAt = Build.Call.InterestDeadline.AddDays(1) }));

    [Fact]
    public void DeadlineIsThirtyMarchAtMidnightInParisSummerTime()
    {
        // 30 March 2025 is after the switch to CEST (30 March 02:00), so 23:59:59 in Paris is 21:59:59Z.
        Assert.Equal(new DateTimeOffset(2025, 3, 30, 21, 59, 59, TimeSpan.Zero), Build.Call.InterestDeadline.ToUniversalTime());
        var lastSecond = Build.Applicant("a1") with { SubmittedAt = new DateTimeOffset(2025, 3, 30, 21, 59, 59, TimeSpan.Zero) };
        var oneLater = Build.Applicant("a2") with { SubmittedAt = new DateTimeOffset(2025, 3, 30, 22, 0, 0, TimeSpan.Zero) };
        var inDakar = Build.Applicant("a3") with { SubmittedAt = new DateTimeOffset(2025, 3, 30, 21, 59, 59, TimeSpan.Zero) };
        Assert.Null(ReasonFor(lastSecond));
        Assert.Equal(ReasonCodes.LateSubmission, ReasonFor(oneLater));
        Assert.Null(ReasonFor(inDakar));
    }

    [Fact]
    public void DeadlineIsOneHourLaterInUtcWhenThirtyMarchFallsInWinterTime()
    {
        // In 2024 the switch was on 31 March, so 30 March 23:59:59 Paris is still CET: 22:59:59Z.
        Assert.Equal(new DateTimeOffset(2024, 3, 30, 22, 59, 59, TimeSpan.Zero), CallSchedule.ForYear(2024).InterestDeadline.ToUniversalTime());
    }

    [Fact]
    public void TwoConsecutiveCallsWithinFourYearsGiveReapplicationCooldown() =>
        Assert.Equal(ReasonCodes.ReapplicationCooldown, ReasonFor(Build.Applicant("a1") with { PreviousCalls = [2021, 2023] }));

    [Fact]
    public void CooldownEndsFourYearsAfterTheLaterCall() =>
        Assert.Null(ReasonFor(Build.Applicant("a1") with { PreviousCalls = [2019, 2021] }));

    [Fact]
    public void CallsMoreThanTwoYearsApartAreNotConsecutive() =>
        Assert.Null(ReasonFor(Build.Applicant("a1") with { PreviousCalls = [2020, 2023] }));

    [Fact]
    public void SingleEarlierCallGivesNoCooldown() => Assert.Null(ReasonFor(Build.Applicant("a1") with { PreviousCalls = [2024] }));

    [Fact]
    public void LatenessIsReportedBeforeCooldown() =>
        Assert.Equal(ReasonCodes.LateSubmission,
            ReasonFor(Build.Applicant("a1") with { PreviousCalls = [2022, 2023], SubmittedAt = Build.Call.InterestDeadline.AddHours(1) }));

    [Fact]
    public void SecondApplicantOfACountryInTheSameFieldExceedsTheQuota()
    {
        var first = Build.Applicant("z-first") with { SubmittedAt = Build.OnTime };
        var second = Build.Applicant("a-second") with { SubmittedAt = Build.OnTime.AddHours(1) };
        Assert.Equal(ReasonCodes.CountryQuotaExceeded, ReasonFor(second, EligibilityMode.Call, first));
        Assert.Null(ReasonFor(first, EligibilityMode.Call, second));
    }

    [Fact]
    public void ThirdApplicantOfACountryExceedsTheQuotaEvenInAnotherField()
    {
        var first = Build.Applicant("a1", CreativeField.Music) with { SubmittedAt = Build.OnTime };
        var second = Build.Applicant("a2", CreativeField.Film) with { SubmittedAt = Build.OnTime.AddHours(1) };
        var third = Build.Applicant("a3", CreativeField.Design) with { SubmittedAt = Build.OnTime.AddHours(2) };
        Assert.Equal(ReasonCodes.CountryQuotaExceeded, ReasonFor(third, EligibilityMode.Call, first, second));
    }

    [Fact]
    public void ApplicantsExcludedByEarlierRulesDoNotCountTowardsTheQuota()
    {
        var late = Build.Applicant("a1") with { SubmittedAt = Build.Call.InterestDeadline.AddDays(1) };
        var early = Build.Applicant("a2") with { SubmittedAt = Build.OnTime.AddDays(-10) };
        var second = Build.Applicant("a3") with { SubmittedAt = Build.OnTime };
        Assert.Equal(ReasonCodes.LateSubmission, ReasonFor(late, EligibilityMode.Call, early, second));
        Assert.Equal(ReasonCodes.CountryQuotaExceeded, ReasonFor(second, EligibilityMode.Call, early, late));
    }

    [Fact]
    public void SwitchingEligibilityOffIgnoresRegionDeadlineCooldownAndQuota()
    {
        var applicant = Build.Applicant("a1", country: "BR") with
        {
            SubmittedAt = Build.Call.InterestDeadline.AddDays(3),
            PreviousCalls = [2023, 2024],
        };
        var sameCountry = Build.Applicant("a0", country: "BR") with { SubmittedAt = Build.OnTime };
        Assert.Null(ReasonFor(applicant, EligibilityMode.None, sameCountry));
    }
}

namespace Matchmaking.Core.Samples;

/// <summary>
/// A SAMPLE call for the year 2027, shipped to demonstrate and test the service: applicant needs and mentor offers are
/// written from public facts about real cities, but no city has applied or offered anything. The files deliberately
/// include late submissions, a city outside the eligible regions, a country over quota, an applicant in cooldown and
/// an offer from a city that is not a member in its field.
/// </summary>
internal static class SampleCall
{
    public const int Year = 2027;

    public const string ApplicantsFileName = "sample_applicants.csv";
    public const string MentorsFileName = "sample_mentors.csv";

    /// <summary>The applicants, in the CSV applicant format; the caller disposes the stream.</summary>
    public static Stream OpenApplicants() => Open(ApplicantsFileName);

    /// <summary>The mentor offers, in the CSV mentor format; the caller disposes the stream.</summary>
    public static Stream OpenMentors() => Open(MentorsFileName);

    private static Stream Open(string fileName)
    {
        var assembly = typeof(SampleCall).Assembly;
        var name = $"{typeof(SampleCall).Namespace}.{fileName}";
        return assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded sample '{name}' is missing from {assembly.GetName().Name}.");
    }
}

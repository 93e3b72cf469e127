using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Pairing;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Tests.Pairing;

public class PairOptionsTests
{
    private const string FestivalNeeds = "We need help to organise a music festival with showcases for professionals.";

    [Fact]
    public void EachOfferOfTheFieldIsScoredAsTheRoundScoresIt()
    {
        var request = Build.Request(
            [Build.Applicant("a", needs: FestivalNeeds)],
            [
                Build.Mentor("m-festival", expertise: "International music festival with showcases and a music market for professionals."),
                Build.Mentor("m-rights", expertise: "Music industry training on copyright, royalties, management and export."),
                Build.Mentor("m-film", field: CreativeField.Film, expertise: "A film festival with showcases for professionals."),
            ]);
        var round = PairingEngine.Run(request, TextModel.Default);
        var options = PairingEngine.Options(request, "a", TextModel.Default)!;

        Assert.Equal(["m-festival", "m-rights"], options.Mentors.Select(m => m.MentorId));
        var chosen = round.Pairs.Single();
        var same = options.Mentors.Single(m => m.MentorId == chosen.MentorId);
        Assert.Equal(chosen.Score, same.Score, 6);
        Assert.Equal(chosen.Similarity, same.Similarity, 6);
        Assert.Equal(chosen.Alternatives.Single().Score, options.Mentors.Single(m => m.MentorId == "m-rights").Score, 6);
        Assert.Contains(same.SharedTerms, t => t.Term.Contains("festival", StringComparison.Ordinal));
        Assert.All(options.Mentors, m => Assert.Null(m.NotAdmissible));
        Assert.Null(options.Excluded);
        Assert.Equal(TextModel.Default.Version, options.ModelVersion);
    }

    [Fact]
    public void AnOfferThatCannotBeChosenSaysWhyAndComesAfterTheAdmissibleOnes()
    {
        var english = Build.Mentor("m-english", expertise: "A music festival with showcases.", languages: ["en"]);
        var rejected = Build.Mentor("m-rejected", expertise: "A music festival with showcases for professionals.");
        var stranger = Build.Mentor("m-stranger", expertise: "A music festival with showcases for professionals.");
        var plain = Build.Mentor("m-plain", expertise: "Copyright training.");
        var request = Build.Request([Build.Applicant("a", needs: FestivalNeeds, languages: ["fr"])], [english, rejected, plain]) with
        {
            Mentors = [english, rejected, plain, stranger],
            Forbidden = [new PairKey("a", "m-rejected")],
        };

        var options = PairingEngine.Options(request, "a", TextModel.Default)!;

        Assert.Equal("m-plain", options.Mentors[0].MentorId);
        Assert.Null(options.Mentors[0].NotAdmissible);
        var reasons = options.Mentors.Skip(1).ToDictionary(m => m.MentorId, m => m.NotAdmissible);
        Assert.Equal(ReasonCodes.NoCommonLanguage, reasons["m-english"]);
        Assert.Equal(ReasonCodes.RejectedByCoordinator, reasons["m-rejected"]);
        Assert.Equal(ReasonCodes.NotAMemberInField, reasons["m-stranger"]);
    }

    [Fact]
    public void AnApplicantTheRulesExcludeIsScoredAndSaysWhy()
    {
        var request = Build.Request([Build.Applicant("a", country: "FR")], [Build.Mentor("m")]);

        var options = PairingEngine.Options(request, "a", TextModel.Default)!;

        Assert.Equal(ReasonCodes.RegionNotEligible, options.Excluded);
        Assert.Single(options.Mentors);
        Assert.Null(PairingEngine.Options(request, "nobody", TextModel.Default));
    }
}

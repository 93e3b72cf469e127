using Matchmaking.Engine.Assignment;
using Matchmaking.Engine.Rules;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>Builds each proposed pair with its explanation, alternatives and the best mentor it did not get.</summary>
internal sealed class ExplanationContext
{
    /// <summary>
    /// Up to this many offers, "best not chosen" looks at every well-formed offer, across fields; beyond, at the candidates.
    /// </summary>
    public const int FullScanLimit = 2000;
    private const int AlternativeCount = 3;

    private readonly PairingRequest request;
    private readonly MentorScreening mentors;
    private readonly FeatureSpace space;
    private readonly LanguageMasks masks;
    private readonly TextVectors vectors;
    private readonly Lazy<(List<ScoredMentor> Offers, InvertedIndex Index)?> everyOffer;
    private readonly HashSet<Domain.MentorOffer> admissible;

    public ExplanationContext(PairingRequest request, MentorScreening mentors, FeatureSpace space, LanguageMasks masks, TextVectors vectors)
    {
        this.request = request;
        this.mentors = mentors;
        this.space = space;
        this.masks = masks;
        this.vectors = vectors;
        everyOffer = new(BuildFullScan);
        admissible = new HashSet<Domain.MentorOffer>(mentors.Admissible, ReferenceEqualityComparer.Instance);
    }

    public ProposedPair Pair(ScoredApplicant applicant, IReadOnlyList<ScoredMentor> fieldMentors, Candidate chosen,
        IReadOnlyList<Candidate> candidates)
    {
        var mentor = fieldMentors[chosen.Mentor];
        var rules = ApplicantRules.Passed(request.Eligibility).Concat(MentorRules).ToList();
        var alternatives = candidates.Where(c => c.Mentor != chosen.Mentor)
            .OrderByDescending(c => c.Score).ThenBy(c => fieldMentors[c.Mentor].Record.Id, StringComparer.Ordinal)
            .Take(AlternativeCount)
            .Select(c => new Alternative(fieldMentors[c.Mentor].Record.Id, Round(c.Score), Round(c.Similarity)))
            .ToList();
        var bestFromCandidates = candidates.Where(c => c.Mentor != chosen.Mentor && c.Score > chosen.Score)
            .OrderByDescending(c => c.Score).ThenBy(c => fieldMentors[c.Mentor].Record.Id, StringComparer.Ordinal)
            .Select(c => new NotChosen(fieldMentors[c.Mentor].Record.Id, Round(c.Score), NotChosenReasons.Capacity))
            .FirstOrDefault();
        return Build(applicant, mentor, chosen, rules, alternatives, BestNotChosen(applicant, mentor, chosen, bestFromCandidates));
    }

    public ProposedPair FixedPair(ScoredApplicant applicant, ScoredMentor mentor, Candidate chosen, IReadOnlyList<Candidate> candidates,
        IReadOnlyList<ScoredMentor> fieldMentors, bool applicantAdmissible)
    {
        var rules = new List<string> { RuleNames.ApprovedByCoordinator };
        if (applicantAdmissible)
        {
            rules.AddRange(ApplicantRules.Passed(request.Eligibility));
        }

        if (admissible.Contains(mentor.Record))
        {
            rules.Add(RuleNames.MentorValidRecord);
            rules.Add(RuleNames.MentorMemberInField);
        }

        if (applicant.Record.Field == mentor.Record.Field)
        {
            rules.Add(RuleNames.SameField);
        }

        if (LanguageMasks.SharedCount(applicant.Languages, mentor.Languages) > 0)
        {
            rules.Add(RuleNames.CommonLanguage);
        }

        var alternatives = candidates.OrderByDescending(c => c.Score).ThenBy(c => fieldMentors[c.Mentor].Record.Id, StringComparer.Ordinal)
            .Take(AlternativeCount)
            .Select(c => new Alternative(fieldMentors[c.Mentor].Record.Id, Round(c.Score), Round(c.Similarity)))
            .ToList();
        return Build(applicant, mentor, chosen, rules, alternatives, bestNotChosen: null);
    }

    private static readonly string[] MentorRules =
    [
        RuleNames.MentorValidRecord, RuleNames.MentorMemberInField, RuleNames.SameField, RuleNames.CommonLanguage,
        RuleNames.NotRejectedByCoordinator,
    ];

    private ProposedPair Build(ScoredApplicant applicant, ScoredMentor mentor, Candidate chosen, IReadOnlyList<string> rules,
        IReadOnlyList<Alternative> alternatives, NotChosen? bestNotChosen)
    {
        var shared = applicant.Record.Languages.Select(l => l.ToLowerInvariant())
            .Intersect(mentor.Record.Languages.Select(l => l.ToLowerInvariant()), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        var applicantText = $"{applicant.Record.Needs} {applicant.Record.Profile}";
        return new ProposedPair
        {
            ApplicantId = applicant.Record.Id,
            MentorId = mentor.Record.Id,
            Field = mentor.Record.Field,
            Score = Round(chosen.Score),
            Similarity = Round(chosen.Similarity),
            Alternatives = alternatives,
            Explanation = new PairExplanation
            {
                SharedTerms = SharedTerms.Top(applicant.Vector, mentor.Vector, space, applicantText, mentor.Record.Expertise),
                RulesPassed = rules,
                SharedLanguages = shared,
                BestNotChosen = bestNotChosen,
            },
        };
    }

    /// <summary>
    /// The highest-scoring offer the applicant did not get, if it beats the chosen one. Candidates lost to capacity; with a
    /// full scan, also offers of another field, of a non-member, without a shared language, or rejected by a coordinator.
    /// </summary>
    private NotChosen? BestNotChosen(ScoredApplicant applicant, ScoredMentor chosenMentor, Candidate chosen, NotChosen? fromCandidates)
    {
        var best = fromCandidates;
        var scan = everyOffer.Value;
        if (scan is null)
        {
            return best;
        }

        var (offers, index) = scan.Value;
        var similarities = new float[offers.Count];
        index.Accumulate(applicant.Vector, similarities);
        for (var m = 0; m < offers.Count; m++)
        {
            var offer = offers[m];
            if (ReferenceEquals(offer.Record, chosenMentor.Record))
            {
                continue;
            }

            var sharedLanguages = LanguageMasks.SharedCount(applicant.Languages, offer.Languages);
            var approximate = ScoreFormula.Score(similarities[m], sharedLanguages, applicant.LanguageCount);
            if (approximate <= chosen.Score || (best is not null && approximate < best.Score - 1e-6))
            {
                continue;
            }

            var exact = CandidateSearch.Score(applicant, offer, m);
            var reason = offer.Record.Field != applicant.Record.Field ? NotChosenReasons.Field
                : !admissible.Contains(offer.Record) ? NotChosenReasons.Membership
                : sharedLanguages == 0 ? NotChosenReasons.Language
                : applicant.Forbidden.Contains(offer.Record.Id) ? NotChosenReasons.RejectedByCoordinator
                : NotChosenReasons.Capacity;
            var candidate = new NotChosen(offer.Record.Id, Round(exact.Score), reason);
            if (exact.Score > chosen.Score && (best is null || candidate.Score > best.Score
                || (candidate.Score == best.Score && string.CompareOrdinal(candidate.MentorId, best.MentorId) < 0)))
            {
                best = candidate;
            }
        }

        return best;
    }

    private (List<ScoredMentor>, InvertedIndex)? BuildFullScan()
    {
        var valid = request.Mentors.Where(m => m is not null && MentorScreening.IsValidRecord(m)).ToList();
        if (valid.Count > FullScanLimit)
        {
            return null;
        }

        var offers = valid.Select(m => new ScoredMentor(m, vectors.Of(m), masks.Mask(m.Languages))).ToList();
        return (offers, InvertedIndex.Build(offers));
    }

    private static double Round(double value) => Math.Round(value, 6);
}

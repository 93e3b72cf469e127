using Matchmaking.Engine.Assignment;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Rules;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>One execution of <see cref="PairingEngine.Run"/>: owns the run's term index and scratch state.</summary>
internal sealed class PairingRun
{
    private readonly PairingRequest request;
    private readonly TextModel model;
    private readonly CancellationToken cancellationToken;
    private readonly LanguageMasks masks = new();
    private TextVectors vectors = null!;

    public PairingRun(PairingRequest request, TextModel model, CancellationToken cancellationToken)
    {
        this.request = request;
        this.model = model;
        this.cancellationToken = cancellationToken;
    }

    public PairingResult Execute()
    {
        cancellationToken.ThrowIfCancellationRequested();
        var applicantScreening = ApplicantScreening.Run(request);
        var mentorScreening = MentorScreening.Run(request);
        var fixedPairs = FixedPairs.Resolve(request);
        var forbidden = ByApplicant(request.Forbidden);
        var previous = ByApplicant(request.Previous);
        var previousScale = request.Previous.Count + 1L;
        vectors = Featurize(applicantScreening, mentorScreening, fixedPairs);

        var mentorsByField = mentorScreening.Admissible
            .GroupBy(m => m.Field)
            .ToDictionary(g => g.Key, g => g.Select(ScoreMentor).ToList());
        var fixedLoad = fixedPairs.GroupBy(p => p.Mentor.Id, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var fixedApplicants = fixedPairs.Select(p => p.Applicant.Id).ToHashSet(StringComparer.Ordinal);

        var context = new ExplanationContext(request, mentorScreening, model.Space, masks, vectors);
        var pairs = new List<ProposedPair>();
        var unmatched = new List<UnmatchedApplicant>();
        // Fields share no edge: they are solved in parallel, and read back in field order, so the result does not depend on it.
        var solved = new (List<ScoredApplicant> Applicants, List<ScoredMentor> Mentors, FieldOutcome Outcome)?[CreativeFields.All.Count];
        var options = new ParallelOptions { CancellationToken = cancellationToken };
        // Scored first, on this thread: language masks and vectors are looked up in dictionaries that are not thread-safe.
        var fieldApplicants = CreativeFields.All.Select(field => applicantScreening.Admissible
            .Where(a => a.Field == field && !fixedApplicants.Contains(a.Id))
            .Select(a => ScoreApplicant(a, forbidden, previous))
            .ToList()).ToList();
        Parallel.For(0, CreativeFields.All.Count, options, f =>
        {
            var mentors = mentorsByField.GetValueOrDefault(CreativeFields.All[f]) ?? [];
            var applicants = fieldApplicants[f];
            if (applicants.Count > 0)
            {
                var capacities = mentors.Select(m => Math.Max(0, m.Record.Capacity - fixedLoad.GetValueOrDefault(m.Record.Id))).ToArray();
                solved[f] = (applicants, mentors, FieldAssignment.Solve(applicants, mentors, capacities, previousScale, cancellationToken));
            }
        });

        foreach (var (applicants, mentors, outcome) in solved.OfType<(List<ScoredApplicant>, List<ScoredMentor>, FieldOutcome)>())
        {
            cancellationToken.ThrowIfCancellationRequested();
            for (var a = 0; a < applicants.Count; a++)
            {
                var m = outcome.Assigned[a];
                if (m >= 0)
                {
                    var chosen = outcome.Candidates[a].First(c => c.Mentor == m);
                    pairs.Add(context.Pair(applicants[a], mentors, chosen, outcome.Candidates[a]));
                }
                else
                {
                    unmatched.Add(new UnmatchedApplicant(applicants[a].Record.Id, [UnmatchedReason(applicants[a], mentors)]));
                }
            }
        }

        foreach (var pair in fixedPairs)
        {
            var applicant = ScoreApplicant(pair.Applicant, forbidden, previous);
            var mentors = mentorsByField.GetValueOrDefault(pair.Mentor.Field) ?? [];
            var candidates = mentors.Select((m, i) => CandidateSearch.Score(applicant, m, i))
                .Where(c => mentors[c.Mentor].Record.Id != pair.Mentor.Id && CandidateSearch.IsAdmissible(applicant, mentors[c.Mentor], 1))
                .ToList();
            var fixedMentor = ScoreMentor(pair.Mentor);
            var chosen = CandidateSearch.Score(applicant, fixedMentor, -1);
            var admissible = applicantScreening.Admissible.Any(a => ReferenceEquals(a, pair.Applicant));
            pairs.Add(context.FixedPair(applicant, fixedMentor, chosen, candidates, mentors, admissible));
        }

        foreach (var (id, reason) in applicantScreening.Excluded)
        {
            if (!fixedApplicants.Contains(id))
            {
                unmatched.Add(new UnmatchedApplicant(id, [reason]));
            }
        }

        return new PairingResult
        {
            ModelVersion = model.Version,
            Pairs = [.. pairs.OrderBy(p => p.ApplicantId, StringComparer.Ordinal)],
            Unmatched = [.. unmatched.OrderBy(u => u.ApplicantId, StringComparer.Ordinal)],
            RejectedMentors =
            [
                .. mentorScreening.Rejected.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => new RejectedMentor(r.Key, [r.Value])),
            ],
            Fields = Feasibility.PerField(applicantScreening.Admissible, mentorScreening.Admissible),
        };
    }

    /// <summary>
    /// Every text the run will compare, in one batch: admissible and fixed applicants, and the offers the explanations may
    /// scan (every well-formed offer up to <see cref="ExplanationContext.FullScanLimit"/>, else the admissible and fixed ones).
    /// </summary>
    private TextVectors Featurize(ApplicantScreening applicants, MentorScreening mentors,
        IReadOnlyList<(ApplicantProfile Applicant, MentorOffer Mentor)> fixedPairs)
    {
        var applicantRecords = applicants.Admissible.Concat(fixedPairs.Select(p => p.Applicant)).ToList();
        var valid = request.Mentors.Where(m => m is not null && MentorScreening.IsValidRecord(m)).ToList();
        var offers = valid.Count <= ExplanationContext.FullScanLimit
            ? valid
            : [.. mentors.Admissible.Concat(fixedPairs.Select(p => p.Mentor))];
        return TextVectors.Build(model, applicantRecords, offers, request.Embeddings, cancellationToken);
    }

    private static string UnmatchedReason(ScoredApplicant applicant, List<ScoredMentor> mentors)
    {
        if (mentors.Count == 0)
        {
            return ReasonCodes.NoMentorInField;
        }

        var speaking = mentors.Where(m => LanguageMasks.SharedCount(applicant.Languages, m.Languages) > 0).ToList();
        if (speaking.Count == 0)
        {
            return ReasonCodes.NoCommonLanguage;
        }

        return speaking.All(m => applicant.Forbidden.Contains(m.Record.Id))
            ? ReasonCodes.RejectedByCoordinator
            : ReasonCodes.CapacityExhausted;
    }

    private ScoredMentor ScoreMentor(MentorOffer offer) =>
        new(offer, vectors.Of(offer), masks.Mask(offer.Languages ?? []));

    private ScoredApplicant ScoreApplicant(ApplicantProfile applicant, Dictionary<string, HashSet<string>> forbidden,
        Dictionary<string, HashSet<string>> previous)
    {
        var vector = vectors.Of(applicant);
        var languages = masks.Mask(applicant.Languages ?? []);
        return new ScoredApplicant(applicant, vector, languages, LanguageMasks.Count(languages))
        {
            Forbidden = forbidden.GetValueOrDefault(applicant.Id) ?? [],
            Previous = previous.GetValueOrDefault(applicant.Id) ?? [],
        };
    }

    private static Dictionary<string, HashSet<string>> ByApplicant(IReadOnlyList<PairKey> keys) => keys
        .Where(k => k is not null)
        .GroupBy(k => k.ApplicantId, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(k => k.MentorId).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
}

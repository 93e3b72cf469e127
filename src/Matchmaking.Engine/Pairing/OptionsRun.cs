using Matchmaking.Engine.Assignment;
using Matchmaking.Engine.Domain;
using Matchmaking.Engine.Rules;
using Matchmaking.Engine.Text;

namespace Matchmaking.Engine.Pairing;

/// <summary>
/// Scores one applicant against every offer of its field with the round's own rules, vectors and score formula. Capacity is
/// not looked at: what a mentor has left depends on the decisions stored beside the round, which the caller knows.
/// </summary>
internal static class OptionsRun
{
    public static PairOptions? For(PairingRequest request, string applicantId, TextModel model, CancellationToken cancellationToken)
    {
        var applicant = request.Applicants.FirstOrDefault(a => a is not null && string.Equals(a.Id, applicantId, StringComparison.Ordinal));
        if (applicant is null || !ApplicantRules.IsValidRecord(applicant))
        {
            return null;
        }

        var screening = ApplicantScreening.Run(request);
        var mentorScreening = MentorScreening.Run(request);
        var offers = request.Mentors
            .Where(m => m is not null && m.Field == applicant.Field && MentorScreening.IsValidRecord(m))
            .ToList();
        var vectors = TextVectors.Build(model, [applicant], offers, request.Embeddings, cancellationToken);
        var masks = new LanguageMasks();
        var forbidden = request.Forbidden.Where(k => k is not null && k.ApplicantId == applicant.Id)
            .Select(k => k.MentorId).ToHashSet(StringComparer.Ordinal);
        var languages = masks.Mask(applicant.Languages);
        var scored = new ScoredApplicant(applicant, vectors.Of(applicant), languages, LanguageMasks.Count(languages)) { Forbidden = forbidden };
        var applicantText = $"{applicant.Needs} {applicant.Profile}";

        var options = new List<MentorOption>(offers.Count);
        foreach (var offer in offers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var mentor = new ScoredMentor(offer, vectors.Of(offer), masks.Mask(offer.Languages));
            var candidate = CandidateSearch.Score(scored, mentor, 0);
            var shared = applicant.Languages.Select(l => l.ToLowerInvariant())
                .Intersect(offer.Languages.Select(l => l.ToLowerInvariant()), StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
            var reason = mentorScreening.Rejected.GetValueOrDefault(offer.Id)
                ?? (shared.Count == 0 ? ReasonCodes.NoCommonLanguage
                : forbidden.Contains(offer.Id) ? ReasonCodes.RejectedByCoordinator
                : null);
            options.Add(new MentorOption(offer.Id, Math.Round(candidate.Score, 6), Math.Round(candidate.Similarity, 6),
                SharedTerms.Top(scored.Vector, mentor.Vector, model.Space, applicantText, offer.Expertise), shared, reason));
        }

        return new PairOptions
        {
            ApplicantId = applicant.Id,
            Field = applicant.Field,
            Excluded = screening.Excluded.GetValueOrDefault(applicant.Id),
            Mentors =
            [
                .. options.OrderBy(o => o.NotAdmissible is null ? 0 : 1).ThenByDescending(o => o.Score)
                    .ThenBy(o => o.MentorId, StringComparer.Ordinal),
            ],
            ModelVersion = model.Version,
        };
    }
}
